/* Every kind of exercise answered right and wrong with the keyboard, the
 * gamepad and the mouse; the order the choices are shown in comes from the
 * seed; and every kind is laid out inside its panel at every text size. */
#include "test_common.h"
#include "game_exercise.h"
#include "input.h"
#include "log.h"
#include "text.h"

#include <SDL.h>
#include <stdio.h>
#include <string.h>

static const char *const KINDS[] = {"choice", "order", "sort", "code", "fill"};
#define KIND_COUNT 5

static ren_atlas atlas;

static int setup(void **state)
{
    (void)state;
    return ren_atlas_load(&atlas, SQ_SOURCE_DIR "/assets/gen/atlas.txt") ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ren_atlas_free(&atlas);
    return 0;
}

static void tick(game *g, in_frame f)
{
    game_tick_actions(g, &f);
}

/* The room of tests/screens/exercise_KIND.lua, its brief closed and its
 * exercise open. */
static game *open_kind(const char *kind, uint64_t seed)
{
    char path[512];
    snprintf(path, sizeof path, SQ_SOURCE_DIR "/tests/screens/exercise_%s.lua", kind);
    game_config cfg = {seed, SQ_SOURCE_DIR, path, true, NULL, NULL, NULL, NULL, &atlas, 20000,
                       NULL, 0, NULL, 0, false};
    game *g = game_create(&cfg);
    assert_non_null(g);
    tick(g, (in_frame){IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 0});
    for (int i = 0; i < 120 && !game_quiz_open(g); i++) tick(g, (in_frame){0, 0, 0});
    assert_true(game_quiz_open(g));
    assert_string_equal(game_exercise_kind(g), kind);
    return g;
}

/* --- keys and pad: the bindings turn them into actions ---------------------- */

static int key_for(in_action a)
{
    static const int keys[] = {SDL_SCANCODE_UP,     SDL_SCANCODE_DOWN,   SDL_SCANCODE_LEFT,
                               SDL_SCANCODE_RIGHT,  SDL_SCANCODE_RETURN, SDL_SCANCODE_ESCAPE};
    return keys[a];
}

static int button_for(in_action a)
{
    static const int buttons[] = {SDL_CONTROLLER_BUTTON_DPAD_UP,   SDL_CONTROLLER_BUTTON_DPAD_DOWN,
                                  SDL_CONTROLLER_BUTTON_DPAD_LEFT, SDL_CONTROLLER_BUTTON_DPAD_RIGHT,
                                  SDL_CONTROLLER_BUTTON_A,         SDL_CONTROLLER_BUTTON_B};
    return buttons[a];
}

/* Presses what a player would, with keys or the pad, until the exercise is
 * answered; returns the verdict (1 right, 0 wrong). */
static int answer_with(game *g, bool right, bool pad)
{
    in_bindings b;
    in_default_bindings(&b);
    in_state s;
    in_reset(&s);
    for (int guard = 0; guard < 400; guard++) {
        int action = game_exercise_next_action(g, right, 0);
        if (action < 0) return game_quiz_verdict(g);
        assert_true(action <= IN_CANCEL);
        if (pad) in_button(&s, &b, button_for((in_action)action), true);
        else in_key(&s, &b, key_for((in_action)action), true);
        tick(g, in_sample(&s));
        if (pad) in_button(&s, &b, button_for((in_action)action), false);
        else in_key(&s, &b, key_for((in_action)action), false);
        tick(g, in_sample(&s));
    }
    fail_msg("the exercise was never answered");
    return -1;
}

static void every_kind_answers_right_and_wrong_with_keys_and_pad(void **state)
{
    (void)state;
    for (int k = 0; k < KIND_COUNT; k++)
        for (int pad = 0; pad < 2; pad++)
            for (int right = 0; right < 2; right++) {
                game *g = open_kind(KINDS[k], 1);
                int verdict = answer_with(g, right, pad);
                if (verdict != right)
                    fail_msg("%s with the %s: judged %d, meant %d", KINDS[k], pad ? "pad" : "keys",
                             verdict, right);
                /* The feedback stays until the player goes on. */
                assert_true(game_quiz_open(g));
                tick(g, (in_frame){IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 0});
                assert_false(game_quiz_open(g));
                game_destroy(g);
            }
}

/* --- the mouse: a click on a row does what Enter (or Right) does there ---- */

static void click_at(game *g, int x, int y)
{
    game_event e = {.kind = GAME_EV_CLICK, .x = x, .y = y};
    game_input in = {{0, 0, 0}, &e, 1};
    game_tick(g, &in);
}

/* Clicks row `position` (1-based as game_quiz_row_y takes it). */
static void click_row(game *g, int position)
{
    int h, y = game_quiz_row_y(g, position, &h);
    if (y < 0) fail_msg("row %d is not on screen", position);
    click_at(g, 120, y + h / 2);
}

static const lvl_quiz *open_quiz(game *g)
{
    const lvl_quiz *q = game_find_exercise(g, game_exercise_id(g));
    assert_non_null(q);
    return q;
}

static int answer_with_mouse(game *g, bool right)
{
    const lvl_quiz *q = open_quiz(g);
    switch (q->kind) {
    case LVL_EX_CHOICE: /* pick all that apply: tick the right ones (or only the first wrong) */
        for (int i = 0; i < q->item_count; i++)
            if (right ? q->items[i].right : (!q->items[i].right && i == 3)) click_row(g, i + 1);
        click_row(g, q->item_count + 1); /* Check */
        break;
    case LVL_EX_ORDER:
        /* Pick the step that belongs at each position and click where it goes. */
        for (int want = 0; want < q->item_count; want++) {
            int at = -1;
            for (int p = 0; p < q->item_count; p++)
                if (game_exercise_item_at(g, p) == (right ? want : q->item_count - 1 - want)) at = p;
            if (at == want) continue;
            click_row(g, at + 1);
            click_row(g, want + 1);
        }
        click_row(g, q->item_count + 1);
        break;
    case LVL_EX_SORT:
        for (int p = 0; p < q->item_count; p++) {
            int bin = q->items[game_exercise_item_at(g, p)].bin;
            if (!right) bin = bin % q->bin_count + 1;
            for (int c = 0; c < bin; c++) click_row(g, p + 1); /* each click: the next bin */
        }
        click_row(g, q->item_count + 1);
        break;
    case LVL_EX_CODE:
        click_row(g, right ? q->answers[0] : 1);
        break;
    case LVL_EX_FILL:
        for (int b = 0; b < q->blank_count; b++) {
            int want = right ? q->blanks[b].answer - 1 : q->blanks[b].answer % q->blanks[b].option_count;
            for (int c = 0; c < LVL_MAX_TOKENS && game_exercise_token(g, b) != want; c++)
                click_row(g, b + 1);
            assert_int_equal(game_exercise_token(g, b), want);
        }
        click_row(g, q->blank_count + 1);
        break;
    }
    return game_quiz_verdict(g);
}

static void every_kind_answers_right_and_wrong_with_the_mouse(void **state)
{
    (void)state;
    for (int k = 0; k < KIND_COUNT; k++)
        for (int right = 0; right < 2; right++) {
            game *g = open_kind(KINDS[k], 1);
            int verdict = answer_with_mouse(g, right);
            if (verdict != right)
                fail_msg("%s with the mouse: judged %d, meant %d", KINDS[k], verdict, right);
            click_at(g, 320, 180); /* a click goes on from the feedback */
            assert_false(game_quiz_open(g));
            game_destroy(g);
        }
}

/* --- the order shown comes from the seed ---------------------------------- */

static void shown_order(const char *kind, uint64_t seed, int *out, int n)
{
    game *g = open_kind(kind, seed);
    for (int i = 0; i < n; i++) out[i] = game_exercise_item_at(g, i);
    game_destroy(g);
}

static void the_order_shown_comes_from_the_seed(void **state)
{
    (void)state;
    for (int k = 0; k < 3; k++) { /* choice, order, sort show items */
        int a[5], b[5], c[5];
        shown_order(KINDS[k], 1, a, 5);
        shown_order(KINDS[k], 1, b, 5);
        assert_memory_equal(a, b, sizeof a); /* the same seed: the same screen */
        bool differs = false;
        for (uint64_t seed = 2; seed < 12 && !differs; seed++) {
            shown_order(KINDS[k], seed, c, 5);
            differs = memcmp(a, c, sizeof a) != 0;
        }
        if (!differs) fail_msg("%s: ten seeds showed the same order", KINDS[k]);
    }
    /* An order exercise is never shown already in order. */
    for (uint64_t seed = 1; seed < 40; seed++) {
        int o[5];
        shown_order("order", seed, o, 5);
        bool sorted = true;
        for (int i = 0; i < 5; i++) sorted = sorted && o[i] == i;
        assert_false(sorted);
    }
}

/* --- every kind fits its panel at every text size -------------------------- */

static void every_kind_fits_at_every_text_size(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(0), 0);
    ren_context *ren = ren_create_headless();
    assert_non_null(ren);
    static const int sizes[][2] = {{14, 11}, {16, 12}, {20, 14}}; /* Small, Normal, Large */
    for (int z = 0; z < 3; z++) {
        txt_font *font = txt_open(ren, SQ_SOURCE_DIR "/assets/fonts/DotGothic16-Regular.ttf", sizes[z][0]);
        txt_font *mono = txt_open(ren, "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", sizes[z][1]);
        assert_non_null(font);
        assert_non_null(mono);
        game_painter painter = {ren, font, font, mono};
        for (int k = 0; k < KIND_COUNT; k++)
            for (int answered = 0; answered < 2; answered++) {
                game *g = open_kind(KINDS[k], 1);
                game_set_painter(g, &painter);
                if (answered) answer_with(g, false, false);
                const game_screen *s = game_screen_find(g, &game_quiz_ops);
                ex_rows rows;
                ex_build_rows(g, s, &rows);
                ex_layout l;
                ex_place(g, s, &rows, &l);
                /* Inside the screen, the prompt above the rows, and every row
                 * shown ends above the keys at the bottom. */
                assert_true(l.box.x >= 0 && l.box.y >= 0);
                assert_true(l.box.x + l.box.w <= REN_LOGICAL_W && l.box.y + l.box.h <= REN_LOGICAL_H);
                assert_true(l.body_y >= l.box.y + l.header_h);
                assert_true(l.first < l.last);
                for (int i = l.first; i < l.last; i++)
                    if (l.row_y[i] + l.row_h[i] > l.body_y + l.body_h)
                        fail_msg("%s (%s) at %d px: row %d ends at %d, below the body (%d)",
                                 KINDS[k], answered ? "answered" : "asked", sizes[z][0], i,
                                 l.row_y[i] + l.row_h[i], l.body_y + l.body_h);
                /* Asking, everything fits without scrolling. */
                if (!answered) assert_false(l.more_below);
                ren_begin(ren, (ren_color){0, 0, 0, 255});
                game_draw(g, &painter, 1.0f);
                game_destroy(g);
            }
        txt_close(mono);
        txt_close(font);
    }
    ren_destroy(ren);
    txt_shutdown();
    SDL_Quit();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_kind_answers_right_and_wrong_with_keys_and_pad),
        cmocka_unit_test(every_kind_answers_right_and_wrong_with_the_mouse),
        cmocka_unit_test(the_order_shown_comes_from_the_seed),
        cmocka_unit_test(every_kind_fits_at_every_text_size),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
