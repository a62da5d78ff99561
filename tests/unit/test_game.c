/* The room played without a window: determinism, dialogue, movement, cues. */
#include "test_common.h"
#include "game_internal.h"
#include "log.h"
#include "script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

static game *new_game(uint64_t seed)
{
    game_config cfg = {seed, SQ_SOURCE_DIR, SQ_SOURCE_DIR "/levels/office/first_day.lua", false,
                       NULL, NULL, NULL, NULL, &atlas, 20000, NULL, 0, NULL, 0, false};
    unsigned errors = log_error_count();
    game *g = game_create(&cfg);
    assert_non_null(g);
    assert_int_equal(log_error_count(), errors); /* every sprite the room needs exists */
    return g;
}

static in_frame press(in_action a)
{
    return (in_frame){IN_BIT(a), IN_BIT(a), 0};
}

static in_frame hold(uint32_t bits)
{
    return (in_frame){bits, 0, 0};
}

/* Closes the opening brief, however many pages it has. */
static void skip_intro(game *g)
{
    in_frame none = {0};
    for (int i = 0; i < 20 && game_dialogue_open(g); i++) {
        in_frame f = press(IN_CONFIRM);
        game_tick_actions(g, &f);
        game_tick_actions(g, &none);
    }
    assert_false(game_dialogue_open(g));
}

/* A fixed but busy input pattern derived from the tick number. */
static in_frame pattern(int t)
{
    static const uint32_t moves[] = {IN_BIT(IN_RIGHT), IN_BIT(IN_UP),
                                     IN_BIT(IN_RIGHT) | IN_BIT(IN_UP), IN_BIT(IN_LEFT),
                                     IN_BIT(IN_DOWN), 0};
    uint32_t held = moves[(t / 37) % 6];
    uint32_t pressed = (t % 97 == 0) ? IN_BIT(IN_CONFIRM) : 0;
    return (in_frame){held | pressed, pressed, 0};
}

static void same_seed_same_inputs_same_state(void **state)
{
    (void)state;
    game *a = new_game(7), *b = new_game(7), *c = new_game(8);
    skip_intro(a);
    skip_intro(b);
    skip_intro(c);
    for (int t = 0; t < 1200; t++) {
        in_frame f = pattern(t);
        game_tick_actions(a, &f);
        game_tick_actions(b, &f);
        game_tick_actions(c, &f);
        assert_true(game_hash(a) == game_hash(b));
    }
    /* The seed steers the bugs, so another seed is another world. */
    assert_true(game_hash(a) != game_hash(c));
    game_destroy(a);
    game_destroy(b);
    game_destroy(c);
}

static void dialogue_holds_the_player_until_confirmed(void **state)
{
    (void)state;
    game *g = new_game(1);
    float x0, y0, x, y;
    assert_true(game_player_position(g, &x0, &y0));
    in_frame right = hold(IN_BIT(IN_RIGHT));
    for (int i = 0; i < 30; i++) game_tick_actions(g, &right);
    game_player_position(g, &x, &y);
    assert_true(x == x0 && y == y0); /* text never advances by itself */
    skip_intro(g);
    for (int i = 0; i < 30; i++) game_tick_actions(g, &right);
    game_player_position(g, &x, &y);
    assert_true(x > x0 + 30.0f);
    assert_true(y == y0);
    game_destroy(g);
}

static int count_sounds(game *g, const char *name)
{
    const char *names[64];
    int n = game_take_sounds(g, names, 64), count = 0;
    for (int k = 0; k < n; k++) count += strcmp(names[k], name) == 0;
    return count;
}

static void walking_makes_steps_and_walls_stop(void **state)
{
    (void)state;
    game *g = new_game(1);
    skip_intro(g);
    in_frame left = hold(IN_BIT(IN_LEFT));
    int steps = 0, bumps = 0;
    for (int i = 0; i < 60; i++) {
        game_tick_actions(g, &left);
        /* Sounds are reported per tick: count before the next tick clears them. */
        const char *names[64];
        int n = game_take_sounds(g, names, 64);
        for (int k = 0; k < n; k++) {
            steps += strcmp(names[k], "step") == 0;
            bumps += strcmp(names[k], "bump") == 0;
        }
    }
    float x, y;
    game_player_position(g, &x, &y);
    assert_true(x == 16.0f); /* flush with the left wall */
    assert_true(steps >= 2);
    assert_int_equal(bumps, 1); /* one thud, not one per tick */
    (void)count_sounds;
    game_destroy(g);
}

static void escape_pauses_and_the_menu_quits(void **state)
{
    (void)state;
    game *g = new_game(1);
    skip_intro(g);
    in_frame esc = press(IN_CANCEL), none = {0}, enter = press(IN_CONFIRM), up = press(IN_UP);
    game_tick_actions(g, &esc); /* pause */
    game_tick_actions(g, &none);
    float x0, y0, x1, y1;
    game_player_position(g, &x0, &y0);
    in_frame right = hold(IN_BIT(IN_RIGHT));
    for (int i = 0; i < 20; i++) game_tick_actions(g, &right);
    game_player_position(g, &x1, &y1);
    assert_true(x1 == x0); /* the level waits under the menu */
    game_tick_actions(g, &esc); /* back to the level */
    game_tick_actions(g, &none);
    for (int i = 0; i < 20; i++) game_tick_actions(g, &right);
    game_player_position(g, &x1, &y1);
    assert_true(x1 > x0);
    assert_false(game_wants_quit(g));
    game_tick_actions(g, &esc);
    game_tick_actions(g, &none);
    /* Up from "Resume" stays there: the menu does not wrap onto "Quit". */
    game_tick_actions(g, &up);
    game_tick_actions(g, &none);
    game_tick_actions(g, &enter);
    game_tick_actions(g, &none);
    assert_false(game_wants_quit(g));
    for (int i = 0; i < 20; i++) game_tick_actions(g, &right);
    game_tick_actions(g, &none);
    game_player_position(g, &x0, &y0);
    assert_true(x0 > x1); /* resumed: the player walks again */
    /* "Quit the game" is the last row, and it asks first. */
    in_frame down = press(IN_DOWN);
    game_tick_actions(g, &esc);
    game_tick_actions(g, &none);
    for (int i = 0; i < 10; i++) {
        game_tick_actions(g, &down);
        game_tick_actions(g, &none);
    }
    game_tick_actions(g, &enter);
    game_tick_actions(g, &none);
    assert_false(game_wants_quit(g));
    assert_non_null(strstr(game_screen_top_const(g)->ops->name, "confirm"));
    game_tick_actions(g, &enter); /* the cursor starts on "Stay" */
    game_tick_actions(g, &none);
    assert_false(game_wants_quit(g));
    game_tick_actions(g, &enter); /* the pause menu again, still on "Quit the game" */
    game_tick_actions(g, &none);
    game_tick_actions(g, &down);  /* "Quit" */
    game_tick_actions(g, &none);
    game_tick_actions(g, &enter);
    assert_true(game_wants_quit(g));
    game_destroy(g);
}

static void talking_to_ada_meets_a_goal(void **state)
{
    (void)state;
    game *g = new_game(1);
    skip_intro(g);
    assert_false(game_goals_met(g));
    /* Ada stands right above the start: face her and press confirm. */
    in_frame up = hold(IN_BIT(IN_UP)), none = {0};
    for (int i = 0; i < 6; i++) game_tick_actions(g, &up);
    in_frame enter = press(IN_CONFIRM);
    game_tick_actions(g, &enter);
    game_tick_actions(g, &none);
    assert_true(game_dialogue_open(g));
    assert_non_null(strstr(game_dialogue_text(g), "backend developer"));
    assert_null(game_last_error(g));
    game_destroy(g);
}

/* Walks with the game's own path-finding until the named entity is gone
 * (picked up) or the tick budget runs out. */
static void walk_until_gone(game *g, const char *target)
{
    in_frame none = {0};
    for (int t = 0; t < 60 * 120 && game_find_id(g, target); t++) {
        float x, y;
        game_find(g, target, &x, &y);
        bool reachable;
        uint32_t step = game_path_step(g, x, y, &reachable);
        assert_true(reachable);
        in_frame f = {step, 0, 0};
        if (game_dialogue_open(g)) {
            f = (in_frame){IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 0};
            game_tick_actions(g, &f);
            game_tick_actions(g, &none);
            continue;
        }
        game_tick_actions(g, &f);
    }
    assert_int_equal(game_find_id(g, target), 0);
}

static void progress_survives_a_save(void **state)
{
    (void)state;
    game *g = new_game(1);
    skip_intro(g);
    assert_false(game_wants_save(g));
    walk_until_gone(g, "http");
    assert_true(game_skill_learning(g, "http")); /* the orb teaches: learning, not yet held */
    assert_false(game_has_skill(g, "http"));
    assert_true(game_wants_save(g)); /* a skill taught is a safe point */
    char dir[64];
    snprintf(dir, sizeof dir, "/tmp/sq_game_save_%d", (int)getpid());
    sav_progress p;
    game_progress(g, &p);
    p.generation = 1;
    char err[256];
    bool stored = sav_store(dir, &p, err, sizeof err);
    if (!stored) fail_msg("%s", err);
    game_saved(g);
    assert_false(game_wants_save(g));
    int xp = game_xp(g);
    game_destroy(g);

    sav_progress loaded;
    sav_report report;
    assert_true(sav_load(dir, &loaded, &report));
    game_config cfg = {1, SQ_SOURCE_DIR, SQ_SOURCE_DIR "/levels/office/first_day.lua", false, NULL,
                       &loaded, "Your save was restored from its backup.", NULL, &atlas, 20000, NULL, 0, NULL, 0, false};
    g = game_create(&cfg);
    assert_true(game_skill_learning(g, "http")); /* taught, kept as taught */
    assert_int_equal(game_xp(g), xp);
    /* The player is told first how the save was loaded. */
    assert_non_null(strstr(game_dialogue_text(g), "restored from its backup"));
    game_destroy(g);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static void click(game *g, int x, int y)
{
    game_event e = {.kind = GAME_EV_CLICK, .x = x, .y = y};
    game_input in = {{0, 0, 0}, &e, 1};
    game_tick(g, &in);
}

static void clicks_turn_pages_and_answer_quizzes(void **state)
{
    (void)state;
    game_config cfg = {1, SQ_SOURCE_DIR, SQ_SOURCE_DIR "/tests/screens/quiz.lua", true, NULL, NULL,
                       NULL, NULL, &atlas, 20000, NULL, 0, NULL, 0, false};
    game *g = game_create(&cfg);
    in_frame none = {0};
    assert_true(game_dialogue_open(g));
    click(g, 300, 300); /* a click turns the page, in the tick it reaches */
    assert_false(game_dialogue_open(g));
    in_frame enter = press(IN_CONFIRM);
    game_tick_actions(g, &enter); /* the terminal is right beside the start */
    game_tick_actions(g, &none);
    assert_true(game_quiz_open(g));
    /* Beside the choices a click does nothing. */
    click(g, 4, 4);
    assert_true(game_quiz_open(g));
    assert_int_equal(game_quiz_verdict(g), -1);
    /* On a choice, it answers with that choice: the layout that draws the
     * choices (measured without drawing here) places the click. */
    int h, y = game_quiz_row_y(g, game_quiz_answer(g), &h);
    assert_true(y > 0 && h > 0);
    click(g, 100, y + h / 2);
    assert_int_equal(game_quiz_verdict(g), 1);
    assert_int_equal(game_quiz_cursor(g), game_quiz_answer(g));
    click(g, 300, 300); /* and a click closes the feedback */
    assert_false(game_quiz_open(g));
    game_destroy(g);
}

static void the_title_answers_keys_and_clicks(void **state)
{
    (void)state;
    game_config cfg = {1, SQ_SOURCE_DIR, NULL, false, NULL, NULL, NULL, NULL, &atlas, 20000, NULL, 0, NULL, 0, false};
    game *g = game_create(&cfg);
    assert_null(game_level_id(g)); /* the title first, no level yet */
    /* Settings by keyboard: down, select, then right raises the master volume. */
    in_frame down = press(IN_DOWN), enter = press(IN_CONFIRM), right = press(IN_RIGHT),
             esc = press(IN_CANCEL), none = {0};
    int before = game_settings(g)->master_volume;
    in_frame seq[] = {down, none, enter, none, right, none};
    for (size_t i = 0; i < sizeof seq / sizeof *seq; i++) game_tick_actions(g, &seq[i]);
    assert_int_equal(game_settings(g)->master_volume, before + 10);
    assert_true(game_take_settings_change(g));
    assert_false(game_take_settings_change(g));
    game_tick_actions(g, &esc); /* back to the title */
    game_tick_actions(g, &none);
    /* A click on the first row ("New game") starts the first shipped level. */
    click(g, 220, 165);
    assert_non_null(game_level_id(g));
    assert_string_equal(game_level_id(g), "hub.campus"); /* the portals first */
    game_destroy(g);
}

/* A save holding `held` developer skills of the catalogue, the first
 * `mastered` of them mastered. */
static void developer_progress(sav_progress *p, int held, int mastered)
{
    sav_defaults(p);
    char err[300];
    scr_catalogue *cat = scr_catalogue_load(SQ_SOURCE_DIR, NULL, 0, err, sizeof err);
    if (!cat) fail_msg("%s", err);
    static scr_skill_info skills[512];
    int n = scr_catalogue_skills(cat, skills, 512);
    for (int i = 0; i < n && p->skill_count < held; i++) {
        if (skills[i].engineer) continue;
        sav_skill *k = &p->skills[p->skill_count];
        snprintf(k->id, sizeof k->id, "%.*s", SAV_ID_MAX, skills[i].id);
        k->held = k->taught = true;
        k->mastered = p->skill_count < mastered;
        k->box = k->mastered ? 2 : 1;
        k->last_day = 19999;
        k->due_day = 20001;
        k->right = 2;
        p->skill_count++;
    }
    assert_int_equal(p->skill_count, held);
    scr_catalogue_free(cat);
}

/* Marks every level of the first `quests` quests (the hub and the capstone
 * aside) won in p, as a player who finished them would have. */
static void complete_quests(sav_progress *p, int quests)
{
    game_config cfg = {1, SQ_SOURCE_DIR, NULL, false, NULL, p, "", NULL, &atlas, 20000, NULL, 0, NULL, 0, false};
    game *g = game_create(&cfg);
    char done[16][SAV_ID_MAX + 1];
    int n = 0;
    for (int i = 0; i < g->index.count; i++) {
        const char *q = g->index.info[i].quest;
        if (!g->index.info[i].readable || !strcmp(q, "hub") || !strcmp(q, "architect")) continue;
        bool known = false;
        for (int k = 0; k < n; k++) known |= !strcmp(done[k], q);
        if (!known) {
            if (n == quests) continue;
            snprintf(done[n++], sizeof done[0], "%.*s", SAV_ID_MAX, q);
        }
        sav_level *lv = &p->levels[p->level_count++];
        snprintf(lv->id, sizeof lv->id, "%.*s", SAV_LEVEL_ID_MAX, g->index.info[i].id);
        lv->state = SAV_LEVEL_COMPLETED;
        lv->won_day = 19999;
    }
    assert_int_equal(n, quests);
    game_destroy(g);
}

static void mastered_skills_count_toward_the_rank(void **state)
{
    (void)state;
    static sav_progress p;
    game_config cfg = {1, SQ_SOURCE_DIR, NULL, false, NULL, &p, "", NULL, &atlas, 20000, NULL, 0, NULL, 0, false};
    /* Senior needs 15 developer skills, 5 mastered and 3 quests (scripts/ranks.lua). */
    developer_progress(&p, 15, 4);
    game *g = game_create(&cfg);
    assert_string_equal(game_rank(g), "Backend Developer");
    assert_int_equal(game_mastered_count(g), 4);
    game_destroy(g);
    developer_progress(&p, 15, 5);
    /* ... and three quests complete. */
    complete_quests(&p, 2);
    g = game_create(&cfg);
    assert_string_equal(game_rank(g), "Backend Developer");
    assert_int_equal(game_quests_complete(g), 2);
    game_destroy(g);
    developer_progress(&p, 15, 5);
    complete_quests(&p, 3);
    g = game_create(&cfg);
    assert_int_equal(game_quests_complete(g), 3);
    assert_string_equal(game_rank(g), "Senior Backend Developer");
    assert_true(game_skill_mastered(g, p.skills[0].id));
    assert_false(game_skill_mastered(g, p.skills[7].id));
    game_destroy(g);
}

/* A window shows the title before the level files are read (main asks for
 * index_at_first_tick); from the first tick on it is the same game. */
static void the_title_comes_before_the_level_files_are_read(void **state)
{
    (void)state;
    static sav_progress p;
    developer_progress(&p, 15, 5);
    complete_quests(&p, 3);
    game_config cfg = {1, SQ_SOURCE_DIR, NULL, false, NULL, &p, "", NULL, &atlas, 20000, NULL, 0, NULL, 0, false};
    game *now = game_create(&cfg);
    cfg.index_at_first_tick = true;
    game *later = game_create(&cfg);
    const char *ids[64];
    assert_true(game_quest_levels(now, "web", ids, 64) > 0);
    assert_int_equal(game_quest_levels(later, "web", ids, 64), 0); /* not read yet */
    /* Continue, into the hub; then walk a little. */
    in_frame enter = press(IN_CONFIRM), right = {IN_BIT(IN_RIGHT), 0, 0}, none = {0};
    for (int t = 0; t < 240; t++) {
        in_frame f = t == 0 || t == 30 || t == 90 ? enter : t > 120 ? right : none;
        game_tick_actions(now, &f);
        game_tick_actions(later, &f);
        assert_true(game_hash(now) == game_hash(later));
    }
    assert_true(game_quest_levels(later, "web", ids, 64) > 0);
    assert_string_equal(game_rank(later), "Senior Backend Developer");
    assert_string_equal(game_rank(now), game_rank(later));
    assert_string_equal(game_level_id(later), game_level_id(now));
    game_destroy(now);
    game_destroy(later);
}

static void a_new_game_clears_progress_but_keeps_settings(void **state)
{
    (void)state;
    static sav_progress p, out;
    developer_progress(&p, 6, 3);
    p.xp = 500;
    p.settings.master_volume = 30;
    p.generation = 7;
    game_config cfg = {1, SQ_SOURCE_DIR, NULL, false, NULL, &p, "", NULL, &atlas, 20000, NULL, 0, NULL, 0, false};
    game *g = game_create(&cfg);
    /* The title: Continue, New game, ... New game over progress asks first,
     * its cursor on keeping the progress. */
    in_frame down = press(IN_DOWN), enter = press(IN_CONFIRM), none = {0};
    in_frame seq[] = {down, none, enter, none};
    for (size_t i = 0; i < sizeof seq / sizeof *seq; i++) game_tick_actions(g, &seq[i]);
    assert_null(game_level_id(g));
    assert_string_equal(game_screen_top_const(g)->ops->name, "confirm");
    game_tick_actions(g, &enter); /* "Keep playing mine": nothing changes */
    game_tick_actions(g, &none);
    assert_int_equal(game_xp(g), 500);
    assert_true(game_on_title(g));
    in_frame yes[] = {enter, none, down, none, enter, none};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) game_tick_actions(g, &yes[i]);
    /* No data folder here: nothing to keep a copy in, so it starts at once. */
    assert_false(game_wants_copy_kept(g));
    assert_non_null(game_level_id(g));
    assert_string_equal(game_level_id(g), "hub.campus");
    game_progress(g, &out);
    assert_int_equal(out.skill_count, 0);
    assert_int_equal(out.xp, 0);
    assert_int_equal(out.level_count, 0);
    assert_int_equal(out.settings.master_volume, 30);
    assert_int_equal(out.generation, 7); /* the caller counts generations on */
    assert_string_equal(game_rank(g), "Junior Backend Developer");
    game_destroy(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_seed_same_inputs_same_state),
        cmocka_unit_test(dialogue_holds_the_player_until_confirmed),
        cmocka_unit_test(walking_makes_steps_and_walls_stop),
        cmocka_unit_test(escape_pauses_and_the_menu_quits),
        cmocka_unit_test(talking_to_ada_meets_a_goal),
        cmocka_unit_test(progress_survives_a_save),
        cmocka_unit_test(the_title_answers_keys_and_clicks),
        cmocka_unit_test(clicks_turn_pages_and_answer_quizzes),
        cmocka_unit_test(mastered_skills_count_toward_the_rank),
        cmocka_unit_test(the_title_comes_before_the_level_files_are_read),
        cmocka_unit_test(a_new_game_clears_progress_but_keeps_settings),
    };
    return cmocka_run_group_tests(tests, load_atlas, free_atlas);
}
