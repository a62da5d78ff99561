/* Action mapping: keys, pads, sticks, edges between ticks, replay scripts. */
#include "test_common.h"
#include "input.h"

#include <SDL_gamecontroller.h>
#include <SDL_scancode.h>
#include <string.h>

static in_bindings bindings;

static int setup(void **state)
{
    (void)state;
    in_default_bindings(&bindings);
    return 0;
}

static void arrows_and_wasd_map_to_moves(void **state)
{
    (void)state;
    in_state s;
    in_reset(&s);
    in_key(&s, &bindings, SDL_SCANCODE_W, true);
    in_key(&s, &bindings, SDL_SCANCODE_RIGHT, true);
    in_frame f = in_sample(&s);
    assert_int_equal(f.held, IN_BIT(IN_UP) | IN_BIT(IN_RIGHT));
    assert_int_equal(f.pressed, IN_BIT(IN_UP) | IN_BIT(IN_RIGHT));
    f = in_sample(&s);
    assert_int_equal(f.pressed, 0); /* edges last one tick */
    assert_int_equal(f.held, IN_BIT(IN_UP) | IN_BIT(IN_RIGHT));
    in_key(&s, &bindings, SDL_SCANCODE_RETURN, true);
    in_key(&s, &bindings, SDL_SCANCODE_ESCAPE, true);
    in_key(&s, &bindings, SDL_SCANCODE_SPACE, true);
    f = in_sample(&s);
    assert_true(f.pressed & IN_BIT(IN_CONFIRM));
    assert_true(f.pressed & IN_BIT(IN_CANCEL));
}

static void tap_between_ticks_is_not_lost(void **state)
{
    (void)state;
    in_state s;
    in_reset(&s);
    in_key(&s, &bindings, SDL_SCANCODE_SPACE, true);
    in_key(&s, &bindings, SDL_SCANCODE_SPACE, false);
    in_frame f = in_sample(&s);
    assert_int_equal(f.held, 0);
    assert_int_equal(f.pressed, IN_BIT(IN_CONFIRM));
    assert_int_equal(f.released, IN_BIT(IN_CONFIRM));
}

static void two_keys_for_one_action_overlap(void **state)
{
    (void)state;
    in_state s;
    in_reset(&s);
    in_key(&s, &bindings, SDL_SCANCODE_LEFT, true);
    in_key(&s, &bindings, SDL_SCANCODE_A, true);
    in_key(&s, &bindings, SDL_SCANCODE_A, false);
    in_frame f = in_sample(&s);
    assert_int_equal(f.held, IN_BIT(IN_LEFT));
    assert_int_equal(f.released, 0);
    /* A stray release of a key that was never pressed changes nothing. */
    in_key(&s, &bindings, SDL_SCANCODE_D, false);
    f = in_sample(&s);
    assert_int_equal(f.held, IN_BIT(IN_LEFT));
    in_key(&s, &bindings, SDL_SCANCODE_LEFT, false);
    f = in_sample(&s);
    assert_int_equal(f.held, 0);
    assert_int_equal(f.released, IN_BIT(IN_LEFT));
}

static void gamepad_buttons_and_stick(void **state)
{
    (void)state;
    in_state s;
    in_reset(&s);
    in_button(&s, &bindings, SDL_CONTROLLER_BUTTON_A, true);
    in_button(&s, &bindings, SDL_CONTROLLER_BUTTON_DPAD_DOWN, true);
    in_frame f = in_sample(&s);
    assert_int_equal(f.held, IN_BIT(IN_CONFIRM) | IN_BIT(IN_DOWN));
    in_button(&s, &bindings, SDL_CONTROLLER_BUTTON_A, false);
    in_button(&s, &bindings, SDL_CONTROLLER_BUTTON_DPAD_DOWN, false);
    in_axis(&s, 0, IN_STICK_DEADZONE - 1); /* inside the dead zone */
    f = in_sample(&s);
    assert_int_equal(f.held, 0);
    in_axis(&s, 0, -32768);
    in_axis(&s, 1, 32767);
    f = in_sample(&s);
    assert_int_equal(f.held, IN_BIT(IN_LEFT) | IN_BIT(IN_DOWN));
    in_axis(&s, 0, 0);
    f = in_sample(&s);
    assert_int_equal(f.held, IN_BIT(IN_DOWN));
    assert_int_equal(f.released, IN_BIT(IN_LEFT));
}

static void release_all_clears_and_reports(void **state)
{
    (void)state;
    in_state s;
    in_reset(&s);
    in_key(&s, &bindings, SDL_SCANCODE_UP, true);
    in_button(&s, &bindings, SDL_CONTROLLER_BUTTON_B, true);
    in_sample(&s);
    in_release_all(&s);
    in_frame f = in_sample(&s);
    assert_int_equal(f.held, 0);
    assert_int_equal(f.released, IN_BIT(IN_UP) | IN_BIT(IN_CANCEL));
    /* Key-up events arriving after the reset must not underflow. */
    in_key(&s, &bindings, SDL_SCANCODE_UP, false);
    in_key(&s, &bindings, SDL_SCANCODE_UP, true);
    f = in_sample(&s);
    assert_int_equal(f.held, IN_BIT(IN_UP));
}

static void action_names_round_trip(void **state)
{
    (void)state;
    for (int a = 0; a < IN_ACTION_COUNT; a++)
        assert_int_equal(in_action_from_name(in_action_name((in_action)a)), a);
    assert_int_equal(in_action_from_name("jump"), IN_ACTION_COUNT);
}

static void replay_script_drives_the_state(void **state)
{
    (void)state;
    in_script sc;
    char err[128];
    assert_true(in_script_parse(&sc, "# walk then talk\n0 +right\n10 -right\n12 confirm\n", err,
                                sizeof err));
    assert_int_equal(sc.count, 3);
    in_state s;
    in_reset(&s);
    uint32_t held_at[14];
    uint32_t pressed_at[14];
    for (uint32_t t = 0; t < 14; t++) {
        in_script_apply(&sc, &s, t);
        in_frame f = in_sample(&s);
        held_at[t] = f.held;
        pressed_at[t] = f.pressed;
    }
    assert_int_equal(held_at[0], IN_BIT(IN_RIGHT));
    assert_int_equal(held_at[9], IN_BIT(IN_RIGHT));
    assert_int_equal(held_at[10], 0);
    assert_int_equal(pressed_at[12], IN_BIT(IN_CONFIRM));
    assert_int_equal(held_at[13], 0); /* a tap lasts one tick */
    in_script_free(&sc);
}

static void replay_script_errors_name_the_line(void **state)
{
    (void)state;
    in_script sc;
    char err[128];
    assert_false(in_script_parse(&sc, "0 +right\nfoo\n", err, sizeof err));
    assert_string_equal(err, "2: expected a tick number first");
    assert_false(in_script_parse(&sc, "5 +right\n3 -right\n", err, sizeof err));
    assert_string_equal(err, "2: ticks must not go backwards");
    assert_false(in_script_parse(&sc, "\n\n1 jump\n", err, sizeof err));
    assert_non_null(strstr(err, "3: unknown action 'jump'"));
    assert_false(in_script_parse(&sc, "1 up down\n", err, sizeof err));
    assert_string_equal(err, "1: unexpected text after the action");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arrows_and_wasd_map_to_moves),
        cmocka_unit_test(tap_between_ticks_is_not_lost),
        cmocka_unit_test(two_keys_for_one_action_overlap),
        cmocka_unit_test(gamepad_buttons_and_stick),
        cmocka_unit_test(release_all_clears_and_reports),
        cmocka_unit_test(action_names_round_trip),
        cmocka_unit_test(replay_script_drives_the_state),
        cmocka_unit_test(replay_script_errors_name_the_line),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
