package org.jianbao.indicator;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the catalogue and makes sure the configured units exist. Units come from configuration, not
 * from a migration, because the default unit's name ({@code 示范区}) is the user's to choose.
 */
public class CatalogueRepository {

    private final JdbcClient jdbc;
    private final IndicatorProperties properties;
    private volatile boolean unitsEnsured;
    private volatile Loaded cached;

    /** A catalogue and the fingerprint of the rows it was read from. */
    private record Loaded(List<Long> fingerprint, Catalogue catalogue) {
    }

    public CatalogueRepository(JdbcClient jdbc, IndicatorProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * The catalogue as the database holds it now. Every document asks for it several times, and reading it each
     * time made a run over many units read every unit once per question per document; so the catalogue is kept
     * and read again only when one small query shows its rows changed. Units are only ever added and the default
     * flag moved (by any process sharing the database), indicators only by migrations: row counts, highest ids and
     * the default unit's id see every such change, a rolled-back one too (ids are never reused).
     */
    public Catalogue load() {
        ensureConfiguredUnits();
        List<Long> fingerprint = jdbc.sql("""
                select (select count(*) from ind_unit), (select coalesce(max(id), 0) from ind_unit),
                       (select coalesce(max(id), 0) from ind_unit where is_default),
                       (select count(*) from ind_indicator), (select coalesce(max(id), 0) from ind_indicator)""")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
        Loaded loaded = cached;
        if (loaded == null || !loaded.fingerprint().equals(fingerprint)) {
            loaded = new Loaded(fingerprint, read());
            cached = loaded;
        }
        return loaded.catalogue();
    }

    private Catalogue read() {
        List<Indicator> indicators = jdbc.sql("""
                select id, code, name, aliases, measure, work_area, higher_is_better, rank_only, sort_order
                from ind_indicator order by sort_order""")
                .query((rs, n) -> new Indicator(rs.getInt("id"), rs.getString("code"), rs.getString("name"),
                        splitAliases(rs.getString("aliases")), rs.getString("measure"),
                        WorkArea.valueOf(rs.getString("work_area")), rs.getBoolean("higher_is_better"),
                        rs.getBoolean("rank_only"), rs.getInt("sort_order")))
                .list();
        List<Unit> units = jdbc.sql("select id, code, name, kind, is_default from ind_unit order by id")
                .query((rs, n) -> new Unit(rs.getInt("id"), rs.getString("code"), rs.getString("name"),
                        UnitKind.valueOf(rs.getString("kind")), rs.getBoolean("is_default")))
                .list();
        return new Catalogue(indicators, units);
    }

    /** Creates missing configured units and moves the default flag to the configured default unit. */
    synchronized void ensureConfiguredUnits() {
        if (unitsEnsured) {
            return;
        }
        ensureUnit(properties.defaultUnit(), UnitKind.DISTRICT);
        ensureUnit(properties.cityUnit(), UnitKind.CITY);
        properties.otherUnits().forEach(name -> ensureUnit(name, UnitKind.DISTRICT));
        // Only the rows that change: the first load of several threads at once (a partitioned run) would otherwise
        // each lock every unit row inside its own transaction and wait for the others.
        jdbc.sql("update ind_unit set is_default = (name = ?) where is_default <> (name = ?)")
                .params(properties.defaultUnit(), properties.defaultUnit()).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Inside an import's transaction: a refused file rolls the units back with it, so they count as
            // ensured only once that transaction commits (a long-running `serve` whose first upload was refused
            // would otherwise have no units for good).
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    unitsEnsured = true;
                }
            });
        } else {
            unitsEnsured = true;
        }
    }

    /** Adds a unit if no unit of that name exists (a city office reporting on several districts). */
    public void ensureUnit(String name, UnitKind kind) {
        boolean exists = jdbc.sql("select count(*) from ind_unit where name = ?").param(name)
                .query(Integer.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into ind_unit (code, name, kind, is_default) values (?, ?, ?, ?)")
                    .params(name, name, kind.name(), false)
                    .update();
        }
    }

    private static List<String> splitAliases(String aliases) {
        return Arrays.stream(aliases.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
