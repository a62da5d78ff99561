/* timestep: the fixed-step accumulator that decouples the 60 Hz simulation
 * from the frame rate. Pure arithmetic, so tests drive it with fake clocks. */
#ifndef SQ_TIMESTEP_H
#define SQ_TIMESTEP_H

#define TS_TICK_HZ 60

typedef struct {
    double step;       /* seconds per tick */
    double accumulator;
    int max_ticks;     /* per frame: beyond this the backlog is dropped, not replayed */
    unsigned long long dropped_ticks;
} ts_clock;

void ts_init(ts_clock *clock, int tick_hz, int max_ticks_per_frame);
/* Adds a frame's real duration and returns how many ticks to simulate now. */
int ts_advance(ts_clock *clock, double frame_seconds);
/* Fraction of a tick left over, in [0, 1): how far to interpolate when drawing. */
double ts_alpha(const ts_clock *clock);

#endif
