package io.frontdesk.notify.directory.holidays;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * R-DESK-4: the mainland-China arrangements shipped in {@code holidays/cn/<year>.json} (holiday-cn, MIT,
 * LICENSE alongside). Read once at startup so that importing them never reads files on the event loop.
 */
@Startup
@ApplicationScoped
public class BundledHolidays {

    private final Map<Integer, HolidayCnYear> years = new TreeMap<>();

    BundledHolidays(HolidaysConfig config, ObjectMapper json) {
        for (int year : config.bundledYears()) {
            String path = "holidays/cn/" + year + ".json";
            try (InputStream in = BundledHolidays.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is listed in frontdesk.holidays.bundled-years but missing");
                }
                years.put(year, json.readValue(in, HolidayCnYear.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    public Optional<HolidayCnYear> mainlandChina(int year) {
        return Optional.ofNullable(years.get(year));
    }

    public Set<Integer> years() {
        return years.keySet();
    }
}
