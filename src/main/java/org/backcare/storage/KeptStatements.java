package org.backcare.storage;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One connection's prepared statements, kept for the next use of the same SQL. SQLite compiles a statement each time
 * it is prepared, and for the short reads every request makes (who is signed in, a client's version) compiling cost
 * more than running; its JDBC driver keeps nothing itself. Jdbi has no such builder of its own. Used by one thread at
 * a time, as its connection is. A statement in use is never handed out twice: the same SQL inside its own loop gets
 * a statement of its own.
 */
final class KeptStatements implements StatementBuilder {
    /** More than the distinct statements Backcare runs; the least recently used one is closed beyond it. */
    static final int MOST = 256;

    private final StatementBuilder fresh = new DefaultStatementBuilder();
    private final Map<Statement, String> lent = new IdentityHashMap<>();
    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > MOST) {
                quietlyClose(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    @Override
    public Statement create(Connection connection, StatementContext context) throws SQLException {
        return fresh.create(connection, context);
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
        if (context.isReturningGeneratedKeys() || context.isConcurrentUpdatable()) {
            return fresh.create(connection, sql, context);
        }
        var statement = idle.remove(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
        }
        lent.put(statement, sql);
        return statement;
    }

    @Override
    public CallableStatement createCall(Connection connection, String sql, StatementContext context)
            throws SQLException {
        return fresh.createCall(connection, sql, context);
    }

    /**
     * Jdbi is done with a statement: one of ours is kept for the same SQL's next use. Its values are not cleared:
     * Jdbi binds every one anew before each run (and refuses a run with one missing), while clearing them
     * ({@code sqlite3_clear_bindings}) marks an SQLite statement whose plan may depend on them for compiling again,
     * which cost a sign-in read more than twice its run.
     */
    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        var kept = lent.remove(statement);
        if (kept == null) {
            fresh.close(connection, sql, statement);
            return;
        }
        try {
            var prepared = (PreparedStatement) statement;
            prepared.clearBatch();
            var displaced = idle.put(kept, prepared);
            if (displaced != null && displaced != prepared) {
                displaced.close();
            }
        } catch (SQLException e) {
            quietlyClose(statement);
        }
    }

    /** The handle closes: so does every statement kept. */
    @Override
    public void close(Connection connection) {
        idle.values().forEach(KeptStatements::quietlyClose);
        lent.keySet().forEach(KeptStatements::quietlyClose);
        idle.clear();
        lent.clear();
    }

    private static void quietlyClose(Statement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // the connection is going or gone; closing only frees what the driver holds
        }
    }
}
