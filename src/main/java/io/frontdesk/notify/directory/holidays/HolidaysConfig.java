package io.frontdesk.notify.directory.holidays;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which years of mainland-China holiday data are bundled under {@code holidays/cn/}. */
@ConfigMapping(prefix = "frontdesk.holidays")
public interface HolidaysConfig {

    @WithDefault("2025,2026")
    List<Integer> bundledYears();
}
