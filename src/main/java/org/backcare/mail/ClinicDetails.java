package org.backcare.mail;

/** Where the clinic's details are kept: read for every mail and page that shows them, written by the admin. */
public interface ClinicDetails {
    ClinicProfile profile();

    void profile(ClinicProfile profile);
}
