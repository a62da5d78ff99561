/* The controls screen without a window: rebinding a key or button, taking it
 * from another action (which is told, and never left without one), Escape,
 * the keys the game keeps, reset, clicks, and the text size setting. */
#include "test_common.h"
#include "game_internal.h"
#include "log.h"
#include "render.h"
#include "text.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ren_atlas atlas;

static int load_atlas(void **state)
{
    (void)state;
    return ren_atlas_load(&atlas, SQ_SOURCE_DIR "/assets/gen/atlas.txt") ? 0 : -1;
}

static int free_atlas(void **state)
{
    (void)state;
    ren_atlas_free(&atlas);
    return 0;
}

/* A normal start: the title screen, no save. */
static game *new_game(void)
{
    game_config cfg = {0};
    cfg.seed = 1;
    cfg.data_root = SQ_SOURCE_DIR;
    cfg.atlas = &atlas;
    cfg.today = 20000;
    game *g = game_create(&cfg);
    assert_non_null(g);
    return g;
}

static void tap(game *g, in_action a)
{
    in_frame f = {IN_BIT(a), IN_BIT(a), 0};
    in_frame none = {0};
    game_tick_actions(g, &f);
    game_tick_actions(g, &none);
}

/* The screen on top: a menu of this kind, or (kind -1) any screen of these ops. */
static bool on(const game *g, const game_screen_ops *ops, int kind)
{
    const game_screen *s = game_screen_top_const(g);
    return s && s->ops == ops && (kind < 0 || s->kind == kind);
}

static int cursor(const game *g)
{
    const game_screen *s = game_screen_top_const(g);
    return s ? s->cursor : -1;
}

/* The key main names for the waiting row, through the tick as main sends it;
 * the rules alone (no screen waiting) through game_keys_rebind. True when a
 * binding changed the settings. */
static bool bind(game *g, int action, const char *name, bool pad)
{
    game_take_settings_change(g);
    if (game_wants_binding(g) == action) {
        game_event e = {.kind = GAME_EV_BIND, .action = action, .pad = pad};
        snprintf(e.name, sizeof e.name, "%s", name);
        game_input in = {{0, 0, 0}, &e, 1};
        game_tick(g, &in);
    } else {
        game_keys_rebind(g, action, name, pad, g->ui.controls_note, sizeof g->ui.controls_note);
    }
    return game_take_settings_change(g);
}

static void click(game *g, int x, int y)
{
    game_event e = {.kind = GAME_EV_CLICK, .x = x, .y = y};
    game_input in = {{0, 0, 0}, &e, 1};
    game_tick(g, &in);
}

/* Title -> Settings -> Controls: the way a player gets there. */
static void open_controls(game *g)
{
    assert_true(on(g, &game_menu_ops, MENU_TITLE));
    tap(g, IN_DOWN); /* New game, Settings, Quit */
    tap(g, IN_CONFIRM);
    assert_true(on(g, &game_menu_ops, MENU_SETTINGS));
    for (int i = 0; i < 6; i++)
        tap(g, IN_DOWN); /* ... Reduced motion, Controls */
    tap(g, IN_CONFIRM);
    assert_true(on(g, &game_controls_ops, -1));
    assert_int_equal(game_wants_binding(g), -1);
}

static void choose_row(game *g, int row)
{
    while (cursor(g) != row)
        tap(g, IN_DOWN);
    tap(g, IN_CONFIRM);
}

/* The keys (or pad buttons) bound to an action, joined: "Return Space". */
static const char *bound(const game *g, in_action a, bool pad)
{
    static char out[256];
    const sav_settings *s = game_settings(g);
    const sav_binding *list = pad ? s->pad : s->keys;
    int count = pad ? s->pad_count : s->key_count;
    out[0] = '\0';
    for (int i = 0; i < count; i++)
        if (strcmp(list[i].action, in_action_name(a)) == 0) {
            if (out[0]) strcat(out, " ");
            strcat(out, list[i].key);
        }
    return out;
}

static void every_action_has_a_key_and_a_button(const game *g)
{
    for (int a = 0; a < IN_ACTION_COUNT; a++) {
        if (!bound(g, (in_action)a, false)[0])
            fail_msg("%s has no key", in_action_name((in_action)a));
        if (!bound(g, (in_action)a, true)[0])
            fail_msg("%s has no button", in_action_name((in_action)a));
    }
}

static void a_row_waits_for_a_key_then_binds_it(void **state)
{
    (void)state;
    game *g = new_game();
    open_controls(g);
    game_take_settings_change(g);
    choose_row(g, IN_CONFIRM);
    assert_int_equal(game_wants_binding(g), IN_CONFIRM);
    /* While it waits, actions do nothing: the next key is the answer. */
    tap(g, IN_DOWN);
    tap(g, IN_CANCEL);
    assert_true(on(g, &game_controls_ops, -1));
    assert_int_equal(cursor(g), IN_CONFIRM);
    assert_int_equal(game_wants_binding(g), IN_CONFIRM);
    assert_true(bind(g, IN_CONFIRM, "J", false));
    assert_int_equal(game_wants_binding(g), -1);
    /* The tick that took the key plays the sound of it. */
    const char *sounds[8];
    assert_int_equal(game_take_sounds(g, sounds, 8), 1);
    assert_string_equal(sounds[0], "confirm");
    assert_string_equal(bound(g, IN_CONFIRM, false), "J"); /* the action's keys are replaced */
    assert_string_equal(bound(g, IN_CONFIRM, true), "a");  /* its button is not */
    assert_string_equal(game_controls_note(g), "Confirm: J.");
    every_action_has_a_key_and_a_button(g);
    game_destroy(g);
}

static void a_key_taken_from_another_action_is_moved_and_told(void **state)
{
    (void)state;
    game *g = new_game();
    assert_true(bind(g, IN_HINT, "q", false)); /* SDL's names ignore case */
    assert_string_equal(bound(g, IN_HINT, false), "q");
    assert_string_equal(bound(g, IN_CANCEL, false), "Escape Backspace");
    assert_string_equal(game_controls_note(g), "Hint: q, taken from Cancel.");
    every_action_has_a_key_and_a_button(g);
    game_destroy(g);
}

static void an_action_losing_its_last_key_is_never_locked_out(void **state)
{
    (void)state;
    game *g = new_game();
    /* H is Hint's only key, and Hint's default: Hint gets a key Confirm
     * gave up instead. */
    assert_true(bind(g, IN_CONFIRM, "H", false));
    assert_string_equal(bound(g, IN_CONFIRM, false), "H");
    assert_string_equal(bound(g, IN_HINT, false), "Return");
    assert_string_equal(game_controls_note(g),
                        "Confirm: H, taken from Hint, which now uses Enter.");
    /* Confirm's last key taken back: its defaults return, Return too, which
     * Hint gives up as its keys are replaced. */
    assert_true(bind(g, IN_HINT, "H", false));
    assert_string_equal(bound(g, IN_HINT, false), "H");
    assert_string_equal(bound(g, IN_CONFIRM, false), "Return Space Keypad Enter E");
    assert_string_equal(
        game_controls_note(g),
        "Hint: H, taken from Confirm, which now uses Enter, Space, Keypad Enter, E.");
    /* A default another action holds is not taken back. */
    assert_true(bind(g, IN_MENU, "Space", false));
    assert_true(bind(g, IN_CANCEL, "E", false));
    assert_true(bind(g, IN_UP, "Keypad Enter", false));
    assert_true(bind(g, IN_DOWN, "Return", false));
    assert_string_equal(bound(g, IN_CONFIRM, false), "Down"); /* a swap: Down gave it up */
    assert_string_equal(game_controls_note(g),
                        "Down: Enter, taken from Confirm, which now uses Down.");
    assert_string_equal(bound(g, IN_DOWN, false), "Return");
    every_action_has_a_key_and_a_button(g);
    assert_true(bind(g, IN_CONFIRM, "Return", false));
    assert_string_equal(bound(g, IN_DOWN, false), "Down S"); /* its defaults, free again */
    every_action_has_a_key_and_a_button(g);
    /* Binding a key the action already has drops only its other keys. */
    assert_string_equal(bound(g, IN_CANCEL, false), "E");
    assert_true(bind(g, IN_MENU, "P", false));
    assert_true(bind(g, IN_MENU, "P", false));
    assert_string_equal(bound(g, IN_MENU, false), "P");
    assert_string_equal(game_controls_note(g), "Menu: P.");
    game_destroy(g);
}

static void gamepad_buttons_rebind_the_same_way(void **state)
{
    (void)state;
    game *g = new_game();
    open_controls(g);
    choose_row(g, IN_HINT);
    assert_true(bind(g, game_wants_binding(g), "a", true));
    assert_string_equal(bound(g, IN_HINT, true), "a");
    assert_string_equal(bound(g, IN_CONFIRM, true), "y"); /* a swap: Hint's old button */
    assert_string_equal(bound(g, IN_HINT, false), "H");   /* keys untouched */
    assert_string_equal(game_controls_note(g), "Hint: A, taken from Confirm, which now uses Y.");
    every_action_has_a_key_and_a_button(g);
    game_destroy(g);
}

static void escape_cancels_and_the_games_own_keys_are_refused(void **state)
{
    (void)state;
    game *g = new_game();
    open_controls(g);
    sav_settings before = *game_settings(g);
    game_take_settings_change(g);
    choose_row(g, IN_MENU);
    assert_false(bind(g, IN_MENU, "Escape", false));
    assert_int_equal(game_wants_binding(g), -1);
    assert_string_equal(game_controls_note(g), "Cancelled: Menu keeps its keys.");
    choose_row(g, IN_MENU);
    assert_false(bind(g, IN_MENU, "F11", false));
    assert_non_null(strstr(game_controls_note(g), "F11 and F5 belong to the game"));
    assert_false(bind(g, IN_MENU, "", false));
    assert_false(bind(g, IN_MENU, " Space", false));
    assert_false(bind(g, IN_MENU, "A name much longer than a save keeps", false));
    assert_false(bind(g, IN_ACTION_COUNT, "J", false));
    assert_false(game_take_settings_change(g));
    assert_memory_equal(game_settings(g), &before, sizeof before);
    game_destroy(g);
}

static void reset_brings_back_every_default(void **state)
{
    (void)state;
    game *g = new_game();
    sav_settings defaults = *game_settings(g);
    open_controls(g);
    assert_true(bind(g, IN_UP, "I", false));
    assert_true(bind(g, IN_CANCEL, "x", true));
    game_take_settings_change(g);
    choose_row(g, IN_ACTION_COUNT); /* Reset to defaults */
    assert_true(game_take_settings_change(g));
    assert_memory_equal(game_settings(g), &defaults, sizeof defaults);
    assert_string_equal(game_controls_note(g),
                        "Every action has its default keys and buttons again.");
    /* Back, then cancel from the settings: the title again. */
    choose_row(g, IN_ACTION_COUNT + 1);
    assert_true(on(g, &game_menu_ops, MENU_SETTINGS));
    tap(g, IN_CANCEL);
    assert_true(on(g, &game_menu_ops, MENU_TITLE));
    game_destroy(g);
}

static void cancel_leaves_to_the_settings_on_the_controls_row(void **state)
{
    (void)state;
    game *g = new_game();
    open_controls(g);
    assert_true(game_on_title(g));
    tap(g, IN_CANCEL);
    assert_true(on(g, &game_menu_ops, MENU_SETTINGS));
    assert_true(game_wants_save(g)); /* bindings are saved with the progress */
    tap(g, IN_CONFIRM);              /* the cursor is still on Controls */
    assert_true(on(g, &game_controls_ops, -1));
    game_destroy(g);
}

static void the_mouse_chooses_rows_and_cancels_waiting(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(0), 0);
    ren_context *ren = ren_create_headless();
    assert_non_null(ren);
    assert_true(ren_load_atlas(ren, SQ_SOURCE_DIR "/assets/gen/atlas.png",
                               SQ_SOURCE_DIR "/assets/gen/atlas.txt"));
    txt_font *font = txt_open(ren, SQ_SOURCE_DIR "/assets/fonts/DotGothic16-Regular.ttf", 20);
    assert_non_null(font);
    game *g = new_game();
    open_controls(g);
    game_painter painter = {ren, font, NULL, NULL};
    game_set_painter(g, &painter); /* clicks are placed by the layout that draws */
    game_draw(g, &painter, 1.0f);
    int h;
    int back_y = game_controls_row_y(g, IN_ACTION_COUNT + 1, &h);
    assert_true(h >= txt_line_height(font));
    /* Every row fits above the two lines at the bottom, even at 20 px. */
    assert_true(back_y + h <= REN_LOGICAL_H - 4 - 2 * txt_line_height(font));
    click(g, 100, game_controls_row_y(g, IN_LEFT, &h) + h / 2);
    assert_int_equal(game_wants_binding(g), IN_LEFT);
    click(g, 100, 10); /* anywhere: a click is not a key */
    assert_int_equal(game_wants_binding(g), -1);
    assert_string_equal(game_controls_note(g), "Cancelled: Left keeps its keys.");
    click(g, 100, back_y + 1); /* Back */
    assert_true(on(g, &game_menu_ops, MENU_SETTINGS));
    game_destroy(g);
    txt_close(font);
    ren_destroy(ren);
    txt_shutdown();
    SDL_Quit();
}

static void text_size_is_a_setting_in_words(void **state)
{
    (void)state;
    game *g = new_game();
    tap(g, IN_DOWN);
    tap(g, IN_CONFIRM);
    for (int i = 0; i < 4; i++)
        tap(g, IN_DOWN); /* Master, Music, Effects, Fullscreen, Text size */
    game_take_settings_change(g);
    assert_int_equal(game_settings(g)->text_size, SAV_TEXT_NORMAL);
    tap(g, IN_RIGHT);
    assert_int_equal(game_settings(g)->text_size, SAV_TEXT_LARGE);
    assert_true(game_take_settings_change(g));
    tap(g, IN_RIGHT); /* no further */
    assert_int_equal(game_settings(g)->text_size, SAV_TEXT_LARGE);
    assert_false(game_take_settings_change(g));
    tap(g, IN_LEFT);
    tap(g, IN_LEFT);
    assert_int_equal(game_settings(g)->text_size, SAV_TEXT_SMALL);
    tap(g, IN_CONFIRM); /* confirm goes round */
    assert_int_equal(game_settings(g)->text_size, SAV_TEXT_NORMAL);
    game_destroy(g);
}

static void level_text_names_the_players_keys(void **state)
{
    (void)state;
    game *g = new_game();
    char out[256];
    game_expand_keys(g, "Press {confirm} to talk, {hint} for a hint, {menu} for the menu.", out,
                     sizeof out);
    assert_string_equal(out, "Press Enter to talk, H for a hint, Tab for the menu.");
    game_expand_keys(g, "Walk with {move}.", out, sizeof out);
    assert_string_equal(out, "Walk with the arrow keys or WASD.");
    /* Braces that name no action stay as written: quizzes quote JSON. */
    game_expand_keys(g, "{\"id\": 7} {nope} {} {confirm", out, sizeof out);
    assert_string_equal(out, "{\"id\": 7} {nope} {} {confirm");
    /* Rebound, the same text names the new keys. */
    open_controls(g);
    choose_row(g, IN_CONFIRM);
    assert_true(bind(g, IN_CONFIRM, "J", false));
    choose_row(g, IN_UP);
    assert_true(bind(g, IN_UP, "I", false));
    game_expand_keys(g, "Press {confirm}; walk with {move}.", out, sizeof out);
    assert_string_equal(out, "Press J; walk with I Left Down Right.");
    /* A small buffer cuts the text, never overruns it. */
    char tiny[8];
    game_expand_keys(g, "{move} and more", tiny, sizeof tiny);
    assert_int_equal(strlen(tiny), 7);
    game_destroy(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_row_waits_for_a_key_then_binds_it),
        cmocka_unit_test(a_key_taken_from_another_action_is_moved_and_told),
        cmocka_unit_test(an_action_losing_its_last_key_is_never_locked_out),
        cmocka_unit_test(gamepad_buttons_rebind_the_same_way),
        cmocka_unit_test(escape_cancels_and_the_games_own_keys_are_refused),
        cmocka_unit_test(reset_brings_back_every_default),
        cmocka_unit_test(cancel_leaves_to_the_settings_on_the_controls_row),
        cmocka_unit_test(the_mouse_chooses_rows_and_cancels_waiting),
        cmocka_unit_test(text_size_is_a_setting_in_words),
        cmocka_unit_test(level_text_names_the_players_keys),
    };
    return cmocka_run_group_tests(tests, load_atlas, free_atlas);
}
