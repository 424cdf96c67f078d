package io.frontdesk.notify.arrears.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the arrears jobs (the daily red-line check and the R-ARR-5 reports). */
@ConfigMapping(prefix = "frontdesk.arrears")
public interface ArrearsConfig {

    /** Run the periodic arrears jobs on this replica (tests call them directly instead). */
    @WithDefault("true")
    boolean jobsEnabled();
}
