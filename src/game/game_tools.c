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
#define TOOLS_PLAY_TICKS (60 * 3) /* --check plays each valid level this long */
/* Level tests (and --check's play) run on a fixed day, never the clock's:
 * the same test gives the same review schedule on any date. */
#define TOOLS_TEST_DAY 20000


static bool tools_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void tools_add(game_file_list *l, const char *path)
{
    if (l->count == TOOLS_MAX_FILES) return;
    char **grown = realloc(l->paths, sizeof *grown * (size_t)(l->count + 1));
    if (!grown) return;
    l->paths = grown;
    l->paths[l->count] = malloc(strlen(path) + 1);
    if (l->paths[l->count]) strcpy(l->paths[l->count++], path);
}

static void tools_walk(game_file_list *l, const char *dir, bool tests, int depth)
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
        if (S_ISDIR(st.st_mode)) {
            /* lib/ holds a quest's modules (sq.module): Lua, but not levels. */
            if (strcmp(e->d_name, "lib") != 0) tools_walk(l, path, tests, depth + 1);
        } else if (S_ISREG(st.st_mode) && strcmp(e->d_name, "skills.lua") != 0 &&
                 ((tools_ends_with(path, ".lua") && tools_ends_with(path, ".test.lua") == tests) ||
                  (!tests && tools_ends_with(path, ".tmx"))))
            tools_add(l, path);
    }
    closedir(d);
}

static int tools_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files as given, directories searched; returns false on a path that does not exist. */
bool game_collect_files(game_file_list *l, char **args, int count, bool tests)
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

void game_free_files(game_file_list *l)
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
                       NULL,    c->atlas,     TOOLS_TEST_DAY, NULL, 0,
                       (const char *const *)c->skill_packs->paths, c->skill_packs->count};
    game *g = game_create(&cfg);
    const char *id = g ? game_level_id(g) : NULL;
    char first[128];
    snprintf(first, sizeof first, "%s", id ? id : "");
    for (int t = 0; g && id && t < TOOLS_PLAY_TICKS && !game_level_result(g); t++) {
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
    return tools_ends_with(path, "/bank.lua") || strcmp(path, "bank.lua") == 0;
}

/* A pack's skills.lua sits in a level's folder or the folder above it
 * (levels/skills.lua, levels/QUEST/skills.lua): each found once, in the
 * order the files are checked. */
static void tools_find_skill_packs(const game_file_list *files, game_file_list *packs)
{
    for (int i = 0; i < files->count; i++) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s", files->paths[i]);
        for (int up = 0; up < 2; up++) {
            char *slash = strrchr(dir, '/');
            if (slash) *slash = '\0';
            else snprintf(dir, sizeof dir, ".");
            char path[4200];
            snprintf(path, sizeof path, "%s/skills.lua", dir);
            struct stat st;
            bool seen = false;
            for (int k = 0; k < packs->count && !seen; k++) seen = strcmp(packs->paths[k], path) == 0;
            if (!seen && stat(path, &st) == 0 && S_ISREG(st.st_mode)) tools_add(packs, path);
            if (!slash) break;
        }
    }
}

int game_check_paths(const char *data_root, const ren_atlas *atlas, txt_font *font, char **args,
                     int count, int *files_checked)
{
    game_file_list l = {0}, packs = {0};
    bool found = game_collect_files(&l, args, count, false);
    tools_find_skill_packs(&l, &packs);
    tools_check c = {atlas, data_root, font, 0, &packs};
    scr_check_env env = {tools_report, &c, tools_sprite_known, tools_sound_known,
                         font ? tools_text_width : NULL, tools_expand_keys,
                         (const char *const *)packs.paths, packs.count};
    for (int i = 0; i < l.count; i++)
        if (scr_check_file(l.paths[i], data_root, &env) == 0 && !tools_is_bank(l.paths[i]))
            tools_play(l.paths[i], &c);
    *files_checked = l.count;
    game_free_files(&l);
    game_free_files(&packs);
    return c.problems + (found ? 0 : 1);
}
