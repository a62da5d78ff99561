/* Action mapping: keys, pads, sticks, edges between ticks, replay scripts,
 * and the saved key names turned into bindings and back. */
#include "test_common.h"
#include "input.h"
#include "log.h"
#include "platform.h"
#include "save.h"

#include <SDL_gamecontroller.h>
#include <SDL_scancode.h>
#include <stdlib.h>
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

/* ---- saved names <-> bindings (platform_bindings.c; no SDL_Init needed) ---- */

static int warnings;

static void count_warnings(log_level level, const char *line, void *user)
{
    (void)line;
    (void)user;
    if (level == LOG_WARN) warnings++;
}

static sav_settings *default_settings(void)
{
    sav_progress *p = malloc(sizeof *p);
    assert_non_null(p);
    sav_defaults(p);
    sav_settings *s = malloc(sizeof *s);
    assert_non_null(s);
    *s = p->settings;
    free(p);
    return s;
}

static void add_binding(sav_binding *list, int *count, const char *action, const char *key)
{
    snprintf(list[*count].action, sizeof list[*count].action, "%s", action);
    snprintf(list[*count].key, sizeof list[*count].key, "%s", key);
    (*count)++;
}

static void saved_defaults_are_the_engine_defaults(void **state)
{
    (void)state;
    sav_settings *s = default_settings();
    in_bindings b;
    warnings = 0;
    log_set_sink(count_warnings, NULL);
    assert_int_equal(plat_bindings_from_settings(s, &b), 0);
    log_set_sink(NULL, NULL);
    assert_int_equal(warnings, 0);
    /* The save's names (save.c) and the codes (input.c) say the same thing. */
    assert_memory_equal(&b, &bindings, sizeof b);
    free(s);
}

static void bindings_back_to_names_round_trip(void **state)
{
    (void)state;
    sav_settings *want = default_settings();
    sav_settings *got = calloc(1, sizeof *got);
    assert_non_null(got);
    plat_settings_from_bindings(&bindings, got);
    assert_int_equal(got->key_count, want->key_count);
    assert_int_equal(got->pad_count, want->pad_count);
    for (int i = 0; i < want->key_count; i++) {
        assert_string_equal(got->keys[i].action, want->keys[i].action);
        assert_string_equal(got->keys[i].key, want->keys[i].key);
    }
    for (int i = 0; i < want->pad_count; i++) {
        assert_string_equal(got->pad[i].action, want->pad[i].action);
        assert_string_equal(got->pad[i].key, want->pad[i].key);
    }
    free(want);
    free(got);
}

static void unknown_and_reserved_names_are_skipped_with_a_warning(void **state)
{
    (void)state;
    sav_settings *s = default_settings();
    add_binding(s->keys, &s->key_count, "confirm", "No Such Key");
    add_binding(s->keys, &s->key_count, "jump", "J");
    add_binding(s->keys, &s->key_count, "hint", "F11");
    add_binding(s->keys, &s->key_count, "hint", "f5");
    add_binding(s->keys, &s->key_count, "hint", "left shift"); /* SDL's names ignore case */
    add_binding(s->pad, &s->pad_count, "hint", "zbutton");
    add_binding(s->pad, &s->pad_count, "hint", "leftshoulder");
    in_bindings b;
    warnings = 0;
    log_set_sink(count_warnings, NULL);
    assert_int_equal(plat_bindings_from_settings(s, &b), 5);
    log_set_sink(NULL, NULL);
    assert_int_equal(warnings, 5);
    assert_int_equal(b.keys[IN_HINT][0], SDL_SCANCODE_H);
    assert_int_equal(b.keys[IN_HINT][1], SDL_SCANCODE_LSHIFT);
    assert_int_equal(b.keys[IN_HINT][2], 0);
    assert_int_equal(b.buttons[IN_HINT][1], SDL_CONTROLLER_BUTTON_LEFTSHOULDER + 1);
    free(s);
}

static void an_action_left_with_nothing_gets_its_defaults(void **state)
{
    (void)state;
    sav_settings *s = calloc(1, sizeof *s);
    assert_non_null(s);
    /* A hand-edited save: cancel's only key is one SDL has never heard of,
     * and Return, confirm's default, now belongs to the menu. */
    add_binding(s->keys, &s->key_count, "cancel", "Escpe");
    add_binding(s->keys, &s->key_count, "menu", "Return");
    add_binding(s->pad, &s->pad_count, "confirm", "x");
    in_bindings b;
    log_set_sink(count_warnings, NULL);
    plat_bindings_from_settings(s, &b);
    log_set_sink(NULL, NULL);
    assert_memory_equal(b.keys[IN_CANCEL], bindings.keys[IN_CANCEL], sizeof b.keys[IN_CANCEL]);
    assert_memory_equal(b.keys[IN_UP], bindings.keys[IN_UP], sizeof b.keys[IN_UP]);
    /* Confirm gets the defaults nobody else uses: not Return. */
    assert_int_equal(b.keys[IN_CONFIRM][0], SDL_SCANCODE_SPACE);
    assert_int_equal(b.keys[IN_CONFIRM][1], SDL_SCANCODE_KP_ENTER);
    assert_int_equal(b.keys[IN_CONFIRM][2], SDL_SCANCODE_E);
    assert_int_equal(b.keys[IN_CONFIRM][3], 0);
    assert_int_equal(b.keys[IN_MENU][0], SDL_SCANCODE_RETURN);
    assert_int_equal(b.keys[IN_MENU][1], 0); /* it had a key: no defaults added */
    assert_int_equal(b.buttons[IN_CONFIRM][0], SDL_CONTROLLER_BUTTON_X + 1);
    assert_int_equal(b.buttons[IN_CANCEL][0], SDL_CONTROLLER_BUTTON_B + 1);
    /* Every action can be triggered from both devices. */
    for (int a = 0; a < IN_ACTION_COUNT; a++) {
        assert_true(b.keys[a][0] > 0);
        assert_true(b.buttons[a][0] > 0);
    }
    free(s);
}

static void fill_shares_a_default_only_when_all_are_taken(void **state)
{
    (void)state;
    in_bindings b = bindings;
    memset(b.keys[IN_HINT], 0, sizeof b.keys[IN_HINT]);
    memset(b.keys[IN_CONFIRM], 0, sizeof b.keys[IN_CONFIRM]);
    b.keys[IN_CONFIRM][0] = SDL_SCANCODE_H;
    assert_int_equal(in_fill_unbound(&b), IN_BIT(IN_HINT));
    assert_int_equal(b.keys[IN_HINT][0], SDL_SCANCODE_H); /* shared beats unreachable */
    in_state s;
    in_reset(&s);
    in_key(&s, &b, SDL_SCANCODE_H, true);
    assert_int_equal(in_sample(&s).held, IN_BIT(IN_HINT) | IN_BIT(IN_CONFIRM));
    /* Nothing to fill: nothing changes. */
    in_bindings copy = b;
    assert_int_equal(in_fill_unbound(&b), 0);
    assert_memory_equal(&b, &copy, sizeof b);
    /* Binding keeps one copy per action and stops at the slots there are. */
    assert_true(in_bind_key(&b, IN_HINT, SDL_SCANCODE_H));
    assert_int_equal(b.keys[IN_HINT][1], 0);
    assert_true(in_bind_key(&b, IN_HINT, SDL_SCANCODE_1));
    assert_true(in_bind_key(&b, IN_HINT, SDL_SCANCODE_2));
    assert_true(in_bind_key(&b, IN_HINT, SDL_SCANCODE_3));
    assert_false(in_bind_key(&b, IN_HINT, SDL_SCANCODE_4));
    assert_false(in_bind_button(&b, IN_ACTION_COUNT, 0));
}

static void captured_keys_are_named_as_the_save_stores_them(void **state)
{
    (void)state;
    char name[SAV_ID_MAX + 1];
    assert_true(plat_key_name(SDL_SCANCODE_RETURN, name, sizeof name));
    assert_string_equal(name, "Return");
    assert_true(plat_key_name(SDL_SCANCODE_KP_ENTER, name, sizeof name));
    assert_string_equal(name, "Keypad Enter");
    assert_true(plat_key_name(SDL_SCANCODE_LSHIFT, name, sizeof name));
    assert_string_equal(name, "Left Shift");
    /* Fullscreen and reload are the platform's: never offered for binding. */
    assert_false(plat_key_name(SDL_SCANCODE_F11, name, sizeof name));
    assert_false(plat_key_name(SDL_SCANCODE_F5, name, sizeof name));
    assert_false(plat_key_name(0, name, sizeof name));
    assert_false(plat_key_name(SDL_NUM_SCANCODES, name, sizeof name));
    assert_true(plat_button_name(SDL_CONTROLLER_BUTTON_A, name, sizeof name));
    assert_string_equal(name, "a");
    assert_true(plat_button_name(SDL_CONTROLLER_BUTTON_DPAD_LEFT, name, sizeof name));
    assert_string_equal(name, "dpleft");
    assert_false(plat_button_name(-1, name, sizeof name));
    assert_false(plat_button_name(SDL_CONTROLLER_BUTTON_MAX, name, sizeof name));
    /* Every key that has a name comes back from it as a key of that name,
     * so a captured key survives the save (SDL gives a few rare keys the
     * name of a common one, Return2 is "Return": they load as that one). */
    for (int sc = 1; sc < SDL_NUM_SCANCODES; sc++) {
        if (!plat_key_name(sc, name, sizeof name)) continue;
        sav_settings *s = calloc(1, sizeof *s);
        assert_non_null(s);
        add_binding(s->keys, &s->key_count, "hint", name);
        in_bindings b;
        log_set_sink(count_warnings, NULL);
        plat_bindings_from_settings(s, &b);
        log_set_sink(NULL, NULL);
        char back[SAV_ID_MAX + 1] = "";
        plat_key_name(b.keys[IN_HINT][0], back, sizeof back);
        if (strcmp(back, name) != 0) fail_msg("key %d (%s) reads back as '%s'", sc, name, back);
        free(s);
    }
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
        cmocka_unit_test(saved_defaults_are_the_engine_defaults),
        cmocka_unit_test(bindings_back_to_names_round_trip),
        cmocka_unit_test(unknown_and_reserved_names_are_skipped_with_a_warning),
        cmocka_unit_test(an_action_left_with_nothing_gets_its_defaults),
        cmocka_unit_test(fill_shares_a_default_only_when_all_are_taken),
        cmocka_unit_test(captured_keys_are_named_as_the_save_stores_them),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
