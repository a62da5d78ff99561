/* record: play sessions as text files, written by --record and read by
 * --replay. Every player event that reaches the game goes in, at the tick
 * it reached the game: actions (keys, buttons, the stick), mouse clicks, keys
 * captured for rebinding, date changes and hot reloads. With the seed, the
 * version, the content's hash and the save the session started from, a
 * replay reproduces the session bit for bit. docs/replays.md is the format.
 *
 * A file with no header is a hand-written replay script: "TICK +action",
 * "TICK -action" or "TICK action" (a one-tick tap), '#' comments. */
#ifndef SQ_RECORD_H
#define SQ_RECORD_H

#include "game.h"
#include "input.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define REC_FORMAT 1
#define REC_MAX_EVENTS 16 /* events one tick can carry */

typedef enum { REC_PRESS, REC_RELEASE, REC_TAP, REC_FRAME, REC_EVENT } rec_kind;

typedef struct {
    uint32_t tick;
    rec_kind kind;
    uint8_t action;        /* REC_PRESS, REC_RELEASE, REC_TAP */
    in_frame frame;        /* REC_FRAME: the whole frame, exactly */
    game_event event;      /* REC_EVENT */
    uint64_t reload_hash;  /* REC_EVENT of kind GAME_EV_RELOAD: the files' hash */
} rec_line;

typedef struct {
    bool session;          /* has a header: a recorded session, not a script */
    char version[32];
    bool has_seed;
    uint64_t seed;
    bool has_today;
    int32_t today;
    bool has_content;
    uint64_t content;      /* rec_content_hash of the data it was recorded against */
    char level[4096];      /* --level session: the level file, "" otherwise */
    char *save;            /* the progress it started from (progress.sav text), or NULL */
    bool has_end;
    uint32_t end;          /* ticks the session ran */
    bool has_hash;
    uint64_t hash;         /* game_hash at the end */
    rec_line *lines;
    int count;
    /* replay state */
    int next;
    uint32_t held, tap_release;
} rec_session;

/* Parses a session or a script; on error writes "LINE: message" to err. */
bool rec_parse(rec_session *s, const char *text, char *err, size_t err_size);
void rec_free(rec_session *s);
/* The frame and events of this tick (ticks are asked for in order). Returns
 * how many events it wrote; reload_hashes[i] goes with events[i]. */
int rec_next(rec_session *s, uint32_t tick, in_frame *frame, game_event *events,
             uint64_t *reload_hashes, int max);

/* --- writing ----------------------------------------------------------- */
typedef struct {
    FILE *file;
    uint32_t held; /* what the last frame held: edges are written against it */
    bool failed;
} rec_writer;

typedef struct {
    const char *version;
    uint64_t seed;
    int32_t today;
    uint64_t content;
    const char *level;     /* NULL or "" when not a --level session */
    const char *save_text; /* NULL when the session starts with no save */
} rec_header;

bool rec_open(rec_writer *w, const char *path, const rec_header *h, char *err, size_t err_size);
/* One tick's frame and events (only what happened is written). */
void rec_write(rec_writer *w, uint32_t tick, const in_frame *frame, const game_event *events,
               const uint64_t *reload_hashes, int count);
/* Ends the file with the tick count and the final hash; false when any
 * write failed (the disk filled), with the reason in err. */
bool rec_close(rec_writer *w, uint32_t end, uint64_t hash, char *err, size_t err_size);

/* --- what a session was recorded against ------------------------------- */
/* A hash of the game's content: every file under scripts/ and levels/ of the
 * data root (and of the user's levels/ when given), the atlas index, and the
 * level file of a --level session; names and bytes, in sorted order. */
uint64_t rec_content_hash(const char *data_root, const char *user_dir, const char *level);
/* The hash of one file's bytes (a hot reload's level), 0 when unreadable. */
uint64_t rec_file_hash(const char *path);

#endif
