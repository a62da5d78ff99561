#define _POSIX_C_SOURCE 200809L /* st_mtim */
/* app_replay: recorded sessions (--record), replays (--replay) and the
 * files a --level session watches for hot reload. */
#include "app.h"
#include "log.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *app_read_file(const char *path, long max_size)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *text = NULL;
    if (fseek(f, 0, SEEK_END) == 0) {
        long size = ftell(f);
        if (size >= 0 && size <= max_size && fseek(f, 0, SEEK_SET) == 0) {
            text = malloc((size_t)size + 1);
            if (text && fread(text, 1, (size_t)size, f) == (size_t)size) {
                text[size] = '\0';
            } else {
                free(text);
                text = NULL;
            }
        }
    }
    fclose(f);
    return text;
}

/* Reads --replay. A recorded session must match this game: its version and
 * the content it was recorded against. Returns an exit status, or -1 to go on. */
int app_load_replay(app *a)
{
    if (!a->opts.replay) return -1;
    char *text = app_read_file(a->opts.replay, 16l << 20);
    if (!text) {
        fprintf(stderr, "skillquest: cannot read replay %s\n", a->opts.replay);
        return 2;
    }
    char err[300];
    bool ok = rec_parse(&a->replay, text, err, sizeof err);
    free(text);
    if (!ok) {
        fprintf(stderr, "%s:%s\n", a->opts.replay, err);
        return 1;
    }
    a->has_replay = true;
    rec_session *s = &a->replay;
    if (s->session) {
        if (strcmp(s->version, SQ_VERSION) != 0) {
            fprintf(stderr, "skillquest: %s was recorded with SkillQuest %s; this is %s\n",
                    a->opts.replay, s->version[0] ? s->version : "(unknown)", SQ_VERSION);
            return 1;
        }
        if (s->has_seed) a->seed = s->seed;
        if (s->has_today) a->today = s->today;
        if (s->level[0] && !a->level) a->level = s->level;
    }
    if (a->opts.headless && a->opts.frames == 0) {
        if (!s->has_end) {
            fprintf(stderr, "skillquest: --headless needs --frames N (%s has no end)\n",
                    a->opts.replay);
            return 2;
        }
        a->opts.frames = s->end;
    }
    return -1;
}

/* After the data root is known: the content a session was recorded against
 * must be this content, or it would not replay. */
int app_check_replay_content(app *a)
{
    const rec_session *s = &a->replay;
    if (!a->has_replay || !s->session || !s->has_content) return -1;
    uint64_t here = rec_content_hash(a->root, a->opts.data_dir, a->level);
    if (here == s->content) return -1;
    fprintf(stderr,
            "skillquest: %s was recorded against other content (levels, scripts or art "
            "differ: %016" PRIx64 " there, %016" PRIx64 " here); it cannot replay\n",
            a->opts.replay, s->content, here);
    return 1;
}

bool app_start_recording(app *a, const sav_progress *progress)
{
    if (!a->opts.record) return true;
    char *save_text = NULL;
    if (progress) {
        char err[200];
        save_text = malloc(APP_SAVE_TEXT_MAX);
        if (save_text &&
            !sav_format(progress, progress->saved_at, save_text, APP_SAVE_TEXT_MAX, err, sizeof err)) {
            log_error("record: the save cannot be written into the session: %s", err);
            free(save_text);
            return false;
        }
    }
    rec_header h = {SQ_VERSION, a->seed, a->today,
                    rec_content_hash(a->root, a->opts.data_dir, a->level), a->level, save_text};
    char err[300];
    bool ok = rec_open(&a->record, a->opts.record, &h, err, sizeof err);
    free(save_text);
    if (!ok) {
        fprintf(stderr, "skillquest: %s\n", err);
        return false;
    }
    a->recording = true;
    return true;
}

/* A replay ends where its session ended: the state must be what it was. */
bool app_check_replay_hash(app *a)
{
    const rec_session *s = &a->replay;
    if (!a->has_replay || !s->has_hash || !s->has_end || game_ticks(a->game) != s->end) return true;
    uint64_t h = game_hash(a->game);
    if (h == s->hash) {
        log_info("replay: tick %" PRIu32 " reached with the recorded hash %016" PRIx64, s->end, h);
        return true;
    }
    fprintf(stderr,
            "skillquest: %s did not replay to the recorded state: hash %016" PRIx64
            " at tick %" PRIu32 ", recorded %016" PRIx64 "\n",
            a->opts.replay, h, s->end, s->hash);
    return false;
}

long long app_mtime(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) return -1;
    return (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
}

void app_note_watched(app *a)
{
    const char *paths[APP_MAX_WATCHED];
    int n = game_watched_files(a->game, paths, APP_MAX_WATCHED);
    for (int i = 0; i < APP_MAX_WATCHED; i++) a->watched_mtime[i] = i < n ? app_mtime(paths[i]) : -1;
}

/* The hash a reload event carries: the level's files as they are now. */
uint64_t app_watched_hash(app *a)
{
    const char *paths[APP_MAX_WATCHED];
    int n = game_watched_files(a->game, paths, APP_MAX_WATCHED);
    uint64_t h = 0;
    for (int i = 0; i < n; i++) h = h * 31 + rec_file_hash(paths[i]);
    return h;
}

/* --level: a saved file is picked up within a quarter of a second; F5 at
 * once. Either way the reload reaches the game as an event of the next tick. */
void app_watch(app *a, bool forced)
{
    if (!a->opts.level || a->has_replay) return;
    double now = plat_now();
    if (!forced && now - a->last_watch < APP_WATCH_SECONDS) return;
    a->last_watch = now;
    const char *paths[APP_MAX_WATCHED];
    int n = game_watched_files(a->game, paths, APP_MAX_WATCHED);
    bool changed = forced;
    for (int i = 0; i < n; i++) changed |= app_mtime(paths[i]) != a->watched_mtime[i];
    if (!changed) return;
    app_note_watched(a);
    app_event(a, (game_event){.kind = GAME_EV_RELOAD}, app_watched_hash(a));
}
