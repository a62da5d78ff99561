/* game_check: `skillquest --check`. Validates level files like a compiler
 * (FILE:LINE: message), then plays each valid one headless for a few
 * seconds; then checks the files as a set with the quests around them
 * (exercise ids, enough exercises per skill taught, prerequisites in order). */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* DT_DIR */
#endif
#include "game_tools.h"
#include "game_internal.h"
#include "log.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CHECK_PLAY_TICKS (60 * 3) /* each valid level plays this long */


typedef struct {
    const ren_atlas *atlas;
    const char *data_root;
    txt_font *font;
    int problems;
    const game_file_list *skill_packs;
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
    game_config cfg = {1,       c->data_root, path, true, NULL, NULL, NULL,
                       NULL,    c->atlas,     GAME_TOOLS_TEST_DAY, NULL, 0,
                       (const char *const *)c->skill_packs->paths, c->skill_packs->count, false};
    game *g = game_create(&cfg);
    const char *id = g ? game_level_id(g) : NULL;
    char first[128];
    snprintf(first, sizeof first, "%s", id ? id : "");
    for (int t = 0; g && id && t < CHECK_PLAY_TICKS && !game_level_result(g); t++) {
        in_frame f = {0};
        if (game_quiz_open(g)) f = (in_frame){IN_BIT(IN_CANCEL), IN_BIT(IN_CANCEL), 0};
        else if (game_dialogue_open(g)) f = (in_frame){IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 0};
        game_tick_actions(g, &f);
        id = game_level_id(g);
        if (!id || strcmp(id, first) != 0) break; /* it left for another level (a portal) */
    }
    game_destroy(g);
    log_set_sink(NULL, NULL);
}

static bool tools_is_bank(const char *path)
{
    return game_ends_with(path, "/bank.lua") || strcmp(path, "bank.lua") == 0;
}


/* --- the files as a set ------------------------------------------------------ */

/* The folder two up from a level file, when it is a levels/ folder
 * (levels/QUEST/NAME.lua): its quests are the context of the file. */
static bool check_levels_root(const char *path, char *out, size_t size)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(dir, '/');
        if (!slash) return false;
        *slash = '\0';
    }
    const char *base = strrchr(dir, '/');
    if (strcmp(base ? base + 1 : dir, "levels") != 0) return false;
    snprintf(out, size, "%s", dir);
    return true;
}

/* Level files and banks directly in each quest folder of a levels/ root
 * (not the template, maps or lib). */
static void check_add_root(game_file_list *l, const char *root)
{
    DIR *d = opendir(root);
    if (!d) return;
    struct dirent *q;
    while ((q = readdir(d))) {
        if (q->d_name[0] == '.' || strcmp(q->d_name, "template") == 0) continue;
        char dir[4400];
        snprintf(dir, sizeof dir, "%s/%s", root, q->d_name);
        DIR *qd = opendir(dir);
        if (!qd) continue;
        struct dirent *e;
        while ((e = readdir(qd))) {
            char path[4800];
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            struct stat st;
            if (e->d_name[0] == '.' || !game_ends_with(e->d_name, ".lua") ||
                game_ends_with(e->d_name, ".test.lua") || strcmp(e->d_name, "skills.lua") == 0 ||
                stat(path, &st) != 0 || !S_ISREG(st.st_mode))
                continue;
            game_file_add(l, path);
        }
        closedir(qd);
    }
    closedir(d);
}

static bool check_same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

typedef struct {
    scr_catalogue *catalogue;
    tools_check *c;
} check_skills;

static void check_report(void *user, const char *file, int line, const char *message)
{
    tools_report(((check_skills *)user)->c, file, line, message);
}

static int check_requires(void *user, const char *skill, char out[][32], int max)
{
    check_skills *cs = user;
    scr_skill_info info;
    if (!cs->catalogue || !scr_catalogue_find(cs->catalogue, skill, &info)) return 0;
    int n = info.require_count < max ? info.require_count : max;
    for (int i = 0; i < n; i++) snprintf(out[i], sizeof out[0], "%s", info.requires[i]);
    return n;
}

static int check_path_order(const void *pa, const void *pb)
{
    const lvl_quest_file *a = pa, *b = pb;
    return strcmp(a->path, b->path);
}

/* The files given, with the quests around them when they sit in a levels/
 * folder (the shipped levels too): all of it in play order. */
static void check_quests(const char *data_root, const game_file_list *given, const lvl_def *defs,
                         const bool *clean, const game_file_list *packs, tools_check *c)
{
    game_file_list around = {0};
    char root[4096];
    bool any_root = false;
    for (int i = 0; i < given->count; i++)
        if (check_levels_root(given->paths[i], root, sizeof root)) {
            check_add_root(&around, root);
            any_root = true;
        }
    if (any_root) {
        snprintf(root, sizeof root, "%s/levels", data_root);
        check_add_root(&around, root);
    }
    size_t cap = (size_t)given->count + (size_t)around.count + 1;
    size_t extras = (size_t)around.count + 1;
    lvl_quest_file *files = calloc(cap, sizeof *files);
    lvl_def *extra = calloc(extras, sizeof *extra);
    bool *loaded = calloc(extras, sizeof *loaded);
    int n = 0;
    /* A file with problems of its own is context only: one thing at a time. */
    for (int i = 0; files && i < given->count; i++)
        if (defs[i].id || defs[i].is_bank)
            files[n++] = (lvl_quest_file){&defs[i], given->paths[i], clean[i],
                                          check_levels_root(given->paths[i], root, sizeof root)};
    scr_env env = {data_root, scr_default_limits(), NULL, 1, (const char *const *)packs->paths,
                   packs->count};
    for (int i = 0; files && extra && loaded && i < around.count; i++) {
        bool dup = false;
        for (int k = 0; k < given->count && !dup; k++) dup = check_same_file(around.paths[i], given->paths[k]);
        for (int k = 0; k < i && !dup; k++) dup = loaded[k] && check_same_file(around.paths[i], around.paths[k]);
        if (dup) continue;
        char err[600];
        scr_level *lv = scr_level_load(around.paths[i], &env, &extra[i], err, sizeof err);
        if (!lv) continue; /* context only: its own check reports it */
        scr_level_destroy(lv);
        loaded[i] = true;
        files[n++] = (lvl_quest_file){&extra[i], around.paths[i], false, true};
    }
    if (files && n > 0) {
        qsort(files, (size_t)n, sizeof *files, check_path_order);
        char err[600];
        check_skills cs = {scr_catalogue_load(data_root, (const char *const *)packs->paths,
                                              packs->count, err, sizeof err), c};
        lvl_quest_env qenv = {&cs, check_requires, check_report};
        lvl_check_quests(files, n, &qenv);
        scr_catalogue_free(cs.catalogue);
    }
    for (int i = 0; extra && loaded && i < around.count; i++)
        if (loaded[i]) lvl_free(&extra[i]);
    free(files);
    free(extra);
    free(loaded);
    game_free_files(&around);
}

int game_check_paths(const char *data_root, const ren_atlas *atlas, txt_font *font, char **args,
                     int count, int *files_checked)
{
    game_file_list l = {0}, packs = {0};
    bool found = game_collect_files(&l, args, count, false);
    game_find_nearby_skill_packs(&l, &packs);
    tools_check c = {atlas, data_root, font, 0, &packs};
    scr_check_env env = {tools_report, &c, tools_sprite_known, tools_sound_known,
                         font ? tools_text_width : NULL, tools_expand_keys,
                         (const char *const *)packs.paths, packs.count};
    lvl_def *defs = calloc((size_t)(l.count ? l.count : 1), sizeof *defs);
    bool *clean = calloc((size_t)(l.count ? l.count : 1), sizeof *clean);
    for (int i = 0; i < l.count; i++) {
        int before = c.problems;
        int problems = defs ? scr_check_file_keeping(l.paths[i], data_root, &env, &defs[i])
                            : scr_check_file(l.paths[i], data_root, &env);
        if (problems == 0 && !tools_is_bank(l.paths[i])) tools_play(l.paths[i], &c);
        if (clean) clean[i] = problems == 0 && c.problems == before;
    }
    if (defs && clean) check_quests(data_root, &l, defs, clean, &packs, &c);
    for (int i = 0; defs && i < l.count; i++) lvl_free(&defs[i]);
    free(defs);
    free(clean);
    *files_checked = l.count;
    game_free_files(&l);
    game_free_files(&packs);
    return c.problems + (found ? 0 : 1);
}
