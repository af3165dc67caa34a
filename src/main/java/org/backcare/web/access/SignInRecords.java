package org.backcare.web.access;

import org.backcare.accounts.FailedSignIns;
import org.backcare.accounts.OneTimeLinks;
import org.backcare.accounts.SignIns;

/** What the server keeps about signing in, in the database that every server shares. */
public record SignInRecords(SignIns signIns, OneTimeLinks links, FailedSignIns failures) {}
