/* game_tools: the author's command-line tools. --check validates level
 * files like a compiler (FILE:LINE: message), then plays each valid one
 * headless for a few seconds; --test plays level tests headless at full
 * speed and ends with "N passed, N failed". */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* DT_DIR, lstat */
#endif
#include "game_tools.h"
#include "game_internal.h"
#include "log.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define TOOLS_MAX_FILES 4096
#define TOOLS_WALK_TICKS (60 * 60)
#define TOOLS_PLAY_TICKS (60 * 3) /* --check plays each valid level this long */
/* Level tests (and --check's play) run on a fixed day, never the clock's:
 * the same test gives the same review schedule on any date. */
#define TOOLS_TEST_DAY 20000

typedef struct {
    char **paths;
    int count;
} tools_list;

static bool tools_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void tools_add(tools_list *l, const char *path)
{
    if (l->count == TOOLS_MAX_FILES) return;
    char **grown = realloc(l->paths, sizeof *grown * (size_t)(l->count + 1));
    if (!grown) return;
    l->paths = grown;
    l->paths[l->count] = malloc(strlen(path) + 1);
    if (l->paths[l->count]) strcpy(l->paths[l->count++], path);
}

static void tools_walk(tools_list *l, const char *dir, bool tests, int depth)
{
    DIR *d = opendir(dir);
    if (!d || depth > 8) {
        if (d) closedir(d);
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) != 0) continue; /* symlinks are not followed: no loops */
        if (S_ISDIR(st.st_mode))
            tools_walk(l, path, tests, depth + 1);
        else if (S_ISREG(st.st_mode) && tools_ends_with(path, ".lua") &&
                 tools_ends_with(path, ".test.lua") == tests)
            tools_add(l, path);
    }
    closedir(d);
}

static int tools_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files as given, directories searched; returns false on a path that does not exist. */
static bool tools_collect(tools_list *l, char **args, int count, bool tests)
{
    bool ok = true;
    for (int i = 0; i < count; i++) {
        struct stat st;
        if (stat(args[i], &st) != 0) {
            fprintf(stderr, "skillquest: %s: no such file or directory\n", args[i]);
            ok = false;
        } else if (S_ISDIR(st.st_mode)) {
            int before = l->count;
            char dir[4096];
            snprintf(dir, sizeof dir, "%s", args[i]);
            for (size_t n = strlen(dir); n > 1 && dir[n - 1] == '/'; n--) dir[n - 1] = '\0';
            tools_walk(l, dir, tests, 0);
            qsort(l->paths + before, (size_t)(l->count - before), sizeof *l->paths, tools_cmp);
        } else {
            tools_add(l, args[i]);
        }
    }
    return ok;
}

static void tools_free(tools_list *l)
{
    for (int i = 0; i < l->count; i++) free(l->paths[i]);
    free(l->paths);
}

/* --- --check ------------------------------------------------------------------ */

typedef struct {
    const ren_atlas *atlas;
    const char *data_root;
    txt_font *font;
    int problems;
} tools_check;

static void tools_report(void *user, const char *file, int line, const char *message)
{
    tools_check *c = user;
    c->problems++;
    if (line < 0)
        fprintf(stderr, "%s\n", message);
    else if (line > 0)
        fprintf(stderr, "%s:%d: %s\n", file, line, message);
    else
        fprintf(stderr, "%s: %s\n", file, message);
}

static bool tools_sprite_known(void *user, const char *sprite)
{
    tools_check *c = user;
    char first[96];
    snprintf(first, sizeof first, "%s_0", sprite);
    return ren_atlas_find(c->atlas, sprite) || ren_atlas_find(c->atlas, first);
}

static bool tools_sound_known(void *user, const char *sound)
{
    tools_check *c = user;
    if (strchr(sound, '/') || strstr(sound, "..")) return false;
    char path[4300];
    snprintf(path, sizeof path, "%s/assets/gen/%s.wav", c->data_root, sound);
    struct stat st;
    return stat(path, &st) == 0;
}

/* Level text is checked as a player with the default keys reads it. */
static void tools_expand_keys(void *user, const char *text, char *out, size_t size)
{
    (void)user;
    sav_settings defaults;
    sav_default_settings(&defaults);
    game_expand_keys_for(&defaults, text, out, size);
}

static int tools_text_width(void *user, const char *text, int len)
{
    tools_check *c = user;
    return txt_measure(c->font, text, (size_t)len);
}

/* Errors while a level plays are logged as "FILE:LINE: message" (by the
 * script module with "script: " before it): each is a problem, printed like
 * the others. */
static void tools_play_log(log_level level, const char *line, void *user)
{
    tools_check *c = user;
    if (level == LOG_ERROR) {
        c->problems++;
        fprintf(stderr, "%s\n", strncmp(line, "script: ", 8) == 0 ? line + 8 : line);
    } else if (level == LOG_WARN) {
        fprintf(stderr, "skillquest: %s\n", line);
    }
}

/* Plays a valid level headless for a few seconds with no input but what
 * closes its pages (confirm) and quizzes (cancel): its spawns, on_start and
 * first timers and updates run under the game's budgets, so a level that
 * freezes or fails at its first tick is reported here, not by a player. */
static void tools_play(const char *path, tools_check *c)
{
    log_set_sink(tools_play_log, c);
    game_config cfg = {1, c->data_root, path, true, NULL, NULL, NULL, NULL, c->atlas,
                       TOOLS_TEST_DAY};
    game *g = game_create(&cfg);
    const char *id = g ? game_level_id(g) : NULL;
    char first[128];
    snprintf(first, sizeof first, "%s", id ? id : "");
    for (int t = 0; g && id && t < TOOLS_PLAY_TICKS && !game_level_result(g); t++) {
        in_frame f = {0};
        if (game_quiz_open(g)) f = (in_frame){IN_BIT(IN_CANCEL), IN_BIT(IN_CANCEL), 0};
        else if (game_dialogue_open(g)) f = (in_frame){IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 0};
        game_tick(g, &f);
        id = game_level_id(g);
        if (!id || strcmp(id, first) != 0) break; /* it left for another level (a portal) */
    }
    game_destroy(g);
    log_set_sink(NULL, NULL);
}

int game_check_paths(const char *data_root, const ren_atlas *atlas, txt_font *font, char **args,
                     int count, int *files_checked)
{
    tools_list l = {0};
    bool found = tools_collect(&l, args, count, false);
    tools_check c = {atlas, data_root, font, 0};
    scr_check_env env = {tools_report, &c, tools_sprite_known, tools_sound_known,
                         font ? tools_text_width : NULL, tools_expand_keys};
    for (int i = 0; i < l.count; i++)
        if (scr_check_file(l.paths[i], data_root, &env) == 0) tools_play(l.paths[i], &c);
    *files_checked = l.count;
    tools_free(&l);
    return c.problems + (found ? 0 : 1);
}

/* --- --test ------------------------------------------------------------------- */


typedef struct {
    const char *data_root;
    const ren_atlas *atlas;
    game *game;
    int day;
} tools_driver;

static bool drv_load(void *user, const char *path, char *err, size_t err_size)
{
    tools_driver *d = user;
    game_destroy(d->game);
    d->day = TOOLS_TEST_DAY; /* every case's game starts on the same day */
    game_config cfg = {1, d->data_root, path, true, NULL, NULL, NULL, NULL, d->atlas, d->day};
    d->game = game_create(&cfg);
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
    game_destroy(d->game);
    d->day = TOOLS_TEST_DAY;
    game_config cfg = {1, d->data_root, NULL, false, NULL, NULL, NULL, NULL, d->atlas, d->day};
    d->game = game_create(&cfg);
    if (!d->game) {
        snprintf(err, err_size, "out of memory");
        return false;
    }
    /* "New game" is the title's first choice when there is no progress. */
    in_frame enter = {IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 0}, none = {0};
    game_tick(d->game, &enter);
    game_tick(d->game, &none);
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

static void drv_set_day(void *user, int day)
{
    tools_driver *d = user;
    d->day = day;
    if (d->game) game_set_today(d->game, day);
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
        game_tick(d->game, &f);
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
    for (int t = 0; t < TOOLS_WALK_TICKS; t++) {
        /* Arrived at something: it speaks, asks, or ends the level. */
        if (game_dialogue_open(d->game) || game_quiz_open(d->game) || game_level_result(d->game))
            return true;
        if (game_find_id(d->game, target) != id) return true; /* picked up */
        if (game_interact_target(d->game) == id) return true; /* next to it: confirm would use it */
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
        game_tick(d->game, &f);
    }
    snprintf(err, err_size, "did not reach '%s' within %d ticks", target, TOOLS_WALK_TICKS);
    return false;
}

static int drv_answer(void *user, int choice, char *err, size_t err_size)
{
    tools_driver *d = user;
    game_level *lv = d->game ? &d->game->level : NULL;
    if (!lv || lv->quiz_state != QUIZ_ASKING || !lv->quiz) {
        snprintf(err, err_size, "no quiz is asking");
        return -1;
    }
    if (choice > lv->quiz->choice_count) {
        snprintf(err, err_size, "the quiz has %d choices", lv->quiz->choice_count);
        return -1;
    }
    for (int guard = 0; lv->quiz_cursor != choice - 1 && guard < 32; guard++) {
        drv_run(d, IN_BIT(IN_DOWN), IN_BIT(IN_DOWN), 1);
        drv_run(d, 0, 0, 1);
    }
    drv_run(d, IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 1);
    drv_run(d, 0, 0, 1);
    bool right = lv->quiz_correct;
    drv_run(d, IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 1); /* close the feedback */
    drv_run(d, 0, 0, 1);
    return right ? 1 : 0;
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

int game_test_paths(const char *data_root, const ren_atlas *atlas, char **args, int count,
                    int *passed)
{
    tools_list l = {0};
    bool found = tools_collect(&l, args, count, true);
    tools_driver d;
    memset(&d, 0, sizeof d);
    d.data_root = data_root;
    d.atlas = atlas;
    d.day = TOOLS_TEST_DAY;
    scr_test_driver drv = {&d,           drv_load,          drv_new_game,     drv_save_round_trip,
                           drv_run,          drv_walk_to,
                           drv_answer,   drv_has_skill,     drv_xp,           drv_goals_met,
                           drv_result,   drv_dialogue_open, drv_dialogue_text, drv_quiz_open,
                           drv_player,   drv_last_error,    drv_level_id,     drv_rank,
                           drv_action,   drv_set_day,       drv_day,          drv_mastered,
                           drv_reviews_due, drv_quiz_answer};
    scr_test_totals totals = {0, 0};
    if (found && l.count == 0) {
        fprintf(stderr, "skillquest: no *.test.lua files found\n");
        totals.failed++;
    }
    for (int i = 0; i < l.count; i++) {
        scr_test_file(l.paths[i], data_root, &drv, &totals, tools_print, NULL);
        game_destroy(d.game);
        d.game = NULL;
    }
    tools_free(&l);
    if (!found) totals.failed++;
    printf("%d passed, %d failed\n", totals.passed, totals.failed);
    *passed = totals.passed;
    return totals.failed;
}
