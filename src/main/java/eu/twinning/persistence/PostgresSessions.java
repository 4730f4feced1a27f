package eu.twinning.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalPoolInterceptor;

/**
 * Settings of each new PostgreSQL connection of the pool. Parallel query is off: the driver's
 * prepared statements get generic plans, which do not know a page's LIMIT, and PostgreSQL then plans
 * parallel workers to read four rows (7 ms instead of 0.1 ms for a page of good practice at
 * 100,000 rows, bench/run --scale). The API's reads are small; a count without workers is slower,
 * but a list counts once per filter and data version (Counts). H2 connections are left as they are.
 */
@ApplicationScoped
public class PostgresSessions implements AgroalPoolInterceptor {

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("SET max_parallel_workers_per_gather = 0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set up a new database connection", e);
        }
    }
}
