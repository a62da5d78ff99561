/* The fixed-step accumulator. */
#include "test_common.h"
#include "timestep.h"

#include <math.h>

static void steady_frames_give_one_tick_each(void **state)
{
    (void)state;
    ts_clock c;
    ts_init(&c, 60, 5);
    int total = 0;
    for (int i = 0; i < 600; i++) total += ts_advance(&c, 1.0 / 60.0);
    assert_true(total >= 599 && total <= 600);
}

static void fast_frames_accumulate(void **state)
{
    (void)state;
    ts_clock c;
    ts_init(&c, 60, 5);
    int total = 0;
    for (int i = 0; i < 240; i++) total += ts_advance(&c, 1.0 / 240.0);
    assert_true(total >= 59 && total <= 60);
    double a = ts_alpha(&c);
    assert_true(a >= 0.0 && a < 1.0);
}

static void long_stall_is_clamped_not_replayed(void **state)
{
    (void)state;
    ts_clock c;
    ts_init(&c, 60, 5);
    assert_int_equal(ts_advance(&c, 10.0), 5);
    assert_true(c.dropped_ticks >= 590);
    /* The backlog is gone: the next normal frame gives one tick. */
    assert_int_equal(ts_advance(&c, 1.0 / 60.0 + 1e-9), 1);
}

static void bad_durations_are_ignored(void **state)
{
    (void)state;
    ts_clock c;
    ts_init(&c, 60, 5);
    assert_int_equal(ts_advance(&c, -1.0), 0);
    assert_int_equal(ts_advance(&c, NAN), 0);
    assert_int_equal(ts_advance(&c, 0.0), 0);
    assert_true(ts_alpha(&c) == 0.0);
}

static void alpha_tracks_the_remainder(void **state)
{
    (void)state;
    ts_clock c;
    ts_init(&c, 60, 5);
    assert_int_equal(ts_advance(&c, 1.5 / 60.0), 1);
    assert_true(fabs(ts_alpha(&c) - 0.5) < 1e-6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(steady_frames_give_one_tick_each),
        cmocka_unit_test(fast_frames_accumulate),
        cmocka_unit_test(long_stall_is_clamped_not_replayed),
        cmocka_unit_test(bad_durations_are_ignored),
        cmocka_unit_test(alpha_tracks_the_remainder),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
