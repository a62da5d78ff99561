/* timestep: accumulate frame time, hand out whole ticks, clamp the backlog so
 * a long stall (a debugger, a dragged window) cannot start a spiral of death. */
#include "timestep.h"

#include <stdbool.h>

void ts_init(ts_clock *clock, int tick_hz, int max_ticks_per_frame)
{
    clock->step = 1.0 / (tick_hz > 0 ? tick_hz : TS_TICK_HZ);
    clock->accumulator = 0.0;
    clock->max_ticks = max_ticks_per_frame > 0 ? max_ticks_per_frame : 1;
    clock->dropped_ticks = 0;
}

int ts_advance(ts_clock *clock, double frame_seconds)
{
    if (!(frame_seconds > 0.0)) frame_seconds = 0.0; /* also catches NaN */
    clock->accumulator += frame_seconds;
    int ticks = 0;
    bool dropped = false;
    while (clock->accumulator >= clock->step) {
        clock->accumulator -= clock->step;
        if (ticks < clock->max_ticks) {
            ticks++;
        } else {
            clock->dropped_ticks++;
            dropped = true;
        }
    }
    /* After a stall, start afresh rather than carry a fraction of it. */
    if (dropped) clock->accumulator = 0.0;
    return ticks;
}

double ts_alpha(const ts_clock *clock)
{
    double a = clock->accumulator / clock->step;
    return a < 0.0 ? 0.0 : (a >= 1.0 ? 0.999999 : a);
}
