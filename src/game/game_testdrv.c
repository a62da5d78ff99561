/* game_testdrv: `skillquest --test`: plays level tests (NAME.test.lua)
 * headless at full speed through the script module's test runner, driving a
 * real game, and ends with "N passed, N failed". */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* mkdtemp */
#endif
#include "game_tools.h"
#include "game_internal.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOOLS_WALK_TICKS (60 * 120)

/* --- --test ------------------------------------------------------------------- */

/* Level tests play on a fixed day, never the clock's: the same test gives
 * the same review schedule on any date. */

typedef struct {
    const char *data_root;
    const char *user_dir; /* --data-dir: its level packs play too (its save is never touched) */
    const game_file_list *skill_packs; /* the skills.lua of packs beside the tests */
    const ren_atlas *atlas;
    game *game;
    int day;
    bool career; /* t.career: a load keeps the progress and the day */
    const game_test_tap *tap; /* --record: hears the first new game's case */
    int tapping;              /* 0: not yet, 1: hearing this game, 2: done */
    game_event pending[2];    /* a new day or hour, sent with the next tick */
    int pending_count;
} tools_driver;

/* Every tick goes through here: what the tap hears is what the game got. */
static void drv_tick(tools_driver *d, const in_frame *f)
{
    if (d->tapping == 1) d->tap->tick(d->tap->user, (uint32_t)game_ticks(d->game), f, d->pending, d->pending_count);
    d->pending_count = 0;
    game_tick_actions(d->game, f);
}

/* The heard case is over (another game starts, or the file ends). A change
 * of day the test made after its last tick goes in with one more tick. */
static void drv_tap_end(tools_driver *d)
{
    if (d->tapping != 1 || !d->game) return;
    if (d->pending_count) {
        in_frame none = {0, 0, 0};
        drv_tick(d, &none);
    }
    d->tap->end(d->tap->user, (uint32_t)game_ticks(d->game), game_hash(d->game));
    d->tapping = 2;
}

static void drv_tap_day(tools_driver *d, int32_t day, int64_t minute)
{
    if (d->tapping != 1 || d->pending_count >= 2) return;
    game_event *e = &d->pending[d->pending_count++];
    memset(e, 0, sizeof *e);
    e->kind = GAME_EV_DAY;
    e->day = day;
    e->minute = minute;
}

static bool drv_load(void *user, const char *path, char *err, size_t err_size)
{
    tools_driver *d = user;
    /* In a career the player brings what they hold to the next level. */
    sav_progress *kept = NULL;
    if (d->career && d->game) {
        kept = malloc(sizeof *kept);
        if (!kept) {
            snprintf(err, err_size, "out of memory");
            return false;
        }
        game_progress(d->game, kept);
    } else {
        d->day = GAME_TOOLS_TEST_DAY; /* every case's game starts on the same day */
    }
    drv_tap_end(d);
    game_destroy(d->game);
    game_config cfg = {1, d->data_root, path, true, d->user_dir, kept, NULL, NULL, d->atlas, d->day, NULL, 0,
                       (const char *const *)d->skill_packs->paths, d->skill_packs->count, false};
    d->game = game_create(&cfg);
    free(kept);
    if (!d->game) {
        snprintf(err, err_size, "out of memory");
        return false;
    }
    if (d->game->level.error_screen) {
        snprintf(err, err_size, "%s", d->game->level.error);
        return false;
    }
    return true;
}

static bool drv_new_game(void *user, char *err, size_t err_size)
{
    tools_driver *d = user;
    drv_tap_end(d);
    game_destroy(d->game);
    d->day = GAME_TOOLS_TEST_DAY;
    game_config cfg = {1, d->data_root, NULL, false, d->user_dir, NULL, NULL, NULL, d->atlas, d->day, NULL, 0,
                       (const char *const *)d->skill_packs->paths, d->skill_packs->count, false};
    d->game = game_create(&cfg);
    if (!d->game) {
        snprintf(err, err_size, "out of memory");
        return false;
    }
    if (d->tap && d->tapping == 0) {
        d->tapping = 1;
        d->pending_count = 0;
        d->tap->start(d->tap->user, 1, d->day);
    }
    /* "New game" is the title's first choice when there is no progress. */
    in_frame enter = {IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 0}, none = {0};
    drv_tick(d, &enter);
    drv_tick(d, &none);
    if (!game_level_id(d->game)) {
        snprintf(err, err_size, "the title did not start a level");
        return false;
    }
    return true;
}

static bool drv_save_round_trip(void *user, int *xp, int *skills, int *rank, int *mastered,
                                char *err, size_t err_size)
{
    tools_driver *d = user;
    if (!d->game) {
        snprintf(err, err_size, "no game");
        return false;
    }
    char dir[] = "/tmp/skillquest-test-save-XXXXXX";
    if (!mkdtemp(dir)) {
        snprintf(err, err_size, "cannot make a scratch directory");
        return false;
    }
    sav_progress *p = malloc(sizeof *p), *back = malloc(sizeof *back);
    bool ok = p && back;
    if (ok) {
        game_progress(d->game, p);
        p->generation = 1;
        ok = sav_store(dir, p, err, err_size);
    }
    sav_report report;
    if (ok && !sav_load(dir, back, &report)) {
        snprintf(err, err_size, "the save did not read back: %s", report.detail);
        ok = false;
    }
    if (ok) {
        *xp = (int)back->xp;
        *rank = back->rank;
        *skills = *mastered = 0;
        for (int i = 0; i < back->skill_count; i++) {
            *skills += back->skills[i].held;
            *mastered += back->skills[i].held && back->skills[i].mastered;
        }
    }
    free(p);
    free(back);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) ok = false;
    return ok;
}

static void drv_set_career(void *user, bool on)
{
    ((tools_driver *)user)->career = on;
}

static void drv_set_day(void *user, int day)
{
    tools_driver *d = user;
    d->day = day;
    if (d->game) game_set_today(d->game, day);
    drv_tap_day(d, day, 0);
}

/* The clock goes on (and with it, across midnight, the day); a new game
 * started later begins at the day reached. */
static void drv_add_minutes(void *user, int minutes)
{
    tools_driver *d = user;
    if (!d->game) return;
    game_set_minute(d->game, game_minute(d->game) + minutes);
    d->day = game_today(d->game);
    drv_tap_day(d, d->day, game_minute(d->game));
}

static const char *drv_label(void *user, const char *target)
{
    tools_driver *d = user;
    return d->game ? game_entity_label(d->game, target) : NULL;
}

static bool drv_grant(void *user, const char *skill)
{
    tools_driver *d = user;
    return d->game && game_hold_skill(d->game, skill);
}

static bool drv_where(void *user, const char *target, double *x, double *y)
{
    tools_driver *d = user;
    float fx, fy;
    if (!d->game || !game_find(d->game, target, &fx, &fy)) return false;
    *x = fx / WLD_TILE;
    *y = fy / WLD_TILE;
    return true;
}

static const char *drv_toast(void *user)
{
    tools_driver *d = user;
    return d->game && d->game->level.toast_ticks > 0 ? d->game->level.toast : NULL;
}

static bool drv_hint(void *user, char *out, size_t size)
{
    tools_driver *d = user;
    return d->game && game_goal_hint(d->game, out, size);
}

static const char *drv_screen(void *user)
{
    tools_driver *d = user;
    return d->game ? game_top_screen(d->game) : NULL;
}

static int drv_quest_levels(void *user, const char *quest, const char **ids, int max)
{
    tools_driver *d = user;
    return d->game ? game_quest_levels(d->game, quest, ids, max) : 0;
}

static int drv_day(void *user)
{
    tools_driver *d = user;
    return d->game ? game_today(d->game) : d->day;
}

static bool drv_mastered(void *user, const char *skill)
{
    tools_driver *d = user;
    return d->game && game_skill_mastered(d->game, skill);
}

static int drv_reviews_due(void *user)
{
    tools_driver *d = user;
    return d->game ? game_reviews_due(d->game) : 0;
}

static int drv_quiz_answer(void *user)
{
    tools_driver *d = user;
    return d->game ? game_quiz_answer(d->game) : 0;
}

static void drv_run(void *user, unsigned held, unsigned pressed, int ticks)
{
    tools_driver *d = user;
    if (!d->game) return;
    for (int i = 0; i < ticks; i++) {
        in_frame f = {held, i == 0 ? pressed : 0, 0};
        drv_tick(d, &f);
    }
}

static bool drv_walk_to(void *user, const char *target, char *err, size_t err_size)
{
    tools_driver *d = user;
    if (!d->game) {
        snprintf(err, err_size, "no level loaded");
        return false;
    }
    float tx, ty;
    int id = game_find_id(d->game, target);
    if (!id) {
        snprintf(err, err_size, "nothing named '%s' in the level", target);
        return false;
    }
    int bites = 0;
    for (int t = 0; t < TOOLS_WALK_TICKS; t++) {
        /* Arrived at something: it speaks, asks, or ends the level. */
        if (game_dialogue_open(d->game) || game_quiz_open(d->game) || game_level_result(d->game))
            return true;
        if (game_find_id(d->game, target) != id) return true; /* picked up */
        if (game_interact_target(d->game) == id) return true; /* next to it: confirm would use it */
        if (game_guide_knocked(d->game)) {
            /* Bitten: back at the checkpoint, wait a little longer each time,
             * as a player would, so the bugs' rhythm comes round differently. */
            bites++;
            drv_run(d, 0, 0, 30 + 23 * bites);
            t += 30 + 23 * bites;
            continue;
        }
        game_find(d->game, target, &tx, &ty);
        bool reachable;
        uint32_t step = game_path_step(d->game, tx, ty, &reachable);
        if (!reachable) {
            snprintf(err, err_size, "'%s' cannot be reached from where the player stands", target);
            return false;
        }
        if (!step) {
            /* Next to it (or on it): a solid target is used with confirm. */
            return true;
        }
        in_frame f = {step, 0, 0};
        drv_tick(d, &f);
    }
    snprintf(err, err_size, "did not reach '%s' within %d ticks (%d bites on the way)", target,
             TOOLS_WALK_TICKS, bites);
    return false;
}

/* Presses, one a tick, what brings the open exercise to its answer (right,
 * wrong, or a given choice), then closes the feedback. */
static int drv_press_to_answer(tools_driver *d, bool right, int choice, char *err, size_t err_size)
{
    if (!d->game || !game_quiz_open(d->game) || game_quiz_verdict(d->game) >= 0) {
        snprintf(err, err_size, "no exercise is asking");
        return -1;
    }
    for (int guard = 0; guard < 400; guard++) {
        int action = game_exercise_next_action(d->game, right, choice);
        if (action < 0) break;
        drv_run(d, IN_BIT(action), IN_BIT(action), 1);
        drv_run(d, 0, 0, 1);
    }
    int verdict = game_quiz_verdict(d->game);
    if (verdict < 0) {
        snprintf(err, err_size, "the exercise was not answered");
        return -1;
    }
    drv_run(d, IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 1); /* close the feedback */
    drv_run(d, 0, 0, 1);
    return verdict;
}

static int drv_answer(void *user, int choice, char *err, size_t err_size)
{
    tools_driver *d = user;
    int choices = d->game ? game_quiz_choice_count(d->game) : 0;
    const char *kind = d->game ? game_exercise_kind(d->game) : NULL;
    if (kind && strcmp(kind, "choice") != 0) {
        snprintf(err, err_size, "this is a %s exercise: t.answer picks a choice; use t.solve", kind);
        return -1;
    }
    if (d->game && game_quiz_open(d->game) && (choice < 1 || choice > choices)) {
        snprintf(err, err_size, "the exercise has %d choices", choices);
        return -1;
    }
    return drv_press_to_answer(d, true, choice, err, err_size);
}

static int drv_solve(void *user, bool right, char *err, size_t err_size)
{
    return drv_press_to_answer(user, right, 0, err, err_size);
}

static const char *drv_exercise_kind(void *user)
{
    tools_driver *d = user;
    return d->game ? game_exercise_kind(d->game) : NULL;
}

static const char *drv_exercise_id(void *user)
{
    tools_driver *d = user;
    return d->game ? game_exercise_id(d->game) : NULL;
}

static bool drv_learning(void *user, const char *skill)
{
    tools_driver *d = user;
    return d->game && game_skill_learning(d->game, skill);
}

static bool drv_has_skill(void *user, const char *skill)
{
    tools_driver *d = user;
    return d->game && game_has_skill(d->game, skill);
}

static int drv_xp(void *user)
{
    tools_driver *d = user;
    return d->game ? game_xp(d->game) : 0;
}

static bool drv_goals_met(void *user)
{
    tools_driver *d = user;
    return d->game && game_goals_met(d->game);
}

static int drv_result(void *user)
{
    tools_driver *d = user;
    return d->game ? game_level_result(d->game) : 0;
}

static bool drv_dialogue_open(void *user)
{
    tools_driver *d = user;
    return d->game && game_dialogue_open(d->game);
}

static const char *drv_dialogue_text(void *user)
{
    tools_driver *d = user;
    return d->game ? game_dialogue_text(d->game) : NULL;
}

static bool drv_quiz_open(void *user)
{
    tools_driver *d = user;
    return d->game && game_quiz_open(d->game);
}

static bool drv_player(void *user, double *x, double *y)
{
    tools_driver *d = user;
    float fx, fy;
    if (!d->game || !game_player_position(d->game, &fx, &fy)) return false;
    *x = fx / WLD_TILE;
    *y = fy / WLD_TILE;
    return true;
}

static const char *drv_last_error(void *user)
{
    tools_driver *d = user;
    return d->game ? game_last_error(d->game) : NULL;
}

static const char *drv_level_id(void *user)
{
    tools_driver *d = user;
    return d->game ? game_level_id(d->game) : NULL;
}

static const char *drv_rank(void *user)
{
    tools_driver *d = user;
    return d->game ? game_rank(d->game) : NULL;
}

static int drv_action(const char *name)
{
    in_action a = in_action_from_name(name);
    return a == IN_ACTION_COUNT ? -1 : (int)a;
}

static void tools_print(void *user, const char *line)
{
    (void)user;
    printf("%s\n", line);
    fflush(stdout);
}

int game_test_paths(const char *data_root, const char *user_dir, const ren_atlas *atlas,
                    char **args, int count, int *passed, const game_test_tap *tap)
{
    game_file_list l = {0}, packs = {0};
    bool found = game_collect_files(&l, args, count, true);
    game_find_nearby_skill_packs(&l, &packs);
    tools_driver d;
    memset(&d, 0, sizeof d);
    d.skill_packs = &packs;
    d.data_root = data_root;
    d.user_dir = user_dir;
    d.atlas = atlas;
    d.day = GAME_TOOLS_TEST_DAY;
    d.tap = tap;
    scr_test_driver drv = {
        .user = &d, .load = drv_load, .new_game = drv_new_game,
        .save_round_trip = drv_save_round_trip, .run = drv_run, .walk_to = drv_walk_to,
        .answer = drv_answer, .has_skill = drv_has_skill, .learning = drv_learning, .xp = drv_xp,
        .goals_met = drv_goals_met, .result = drv_result, .dialogue_open = drv_dialogue_open,
        .dialogue_text = drv_dialogue_text, .quiz_open = drv_quiz_open, .player = drv_player,
        .last_error = drv_last_error, .level_id = drv_level_id, .rank = drv_rank,
        .action = drv_action, .set_day = drv_set_day, .day = drv_day,
        .add_minutes = drv_add_minutes, .quest_levels = drv_quest_levels, .screen = drv_screen, .label = drv_label,
        .toast = drv_toast, .hint = drv_hint, .where = drv_where, .grant = drv_grant, .mastered = drv_mastered,
        .reviews_due = drv_reviews_due, .quiz_answer = drv_quiz_answer, .solve = drv_solve,
        .exercise_kind = drv_exercise_kind, .exercise_id = drv_exercise_id,
        .set_career = drv_set_career};
    scr_test_totals totals = {0, 0};
    if (found && l.count == 0) {
        fprintf(stderr, "skillquest: no *.test.lua files found\n");
        totals.failed++;
    }
    for (int i = 0; i < l.count; i++) {
        scr_test_file(l.paths[i], data_root, &drv, &totals, tools_print, NULL);
        drv_tap_end(&d);
        game_destroy(d.game);
        d.game = NULL;
    }
    game_free_files(&l);
    game_free_files(&packs);
    if (!found) totals.failed++;
    printf("%d passed, %d failed\n", totals.passed, totals.failed);
    *passed = totals.passed;
    return totals.failed;
}
