/* save: the player's progress on disk, never lost.
 *
 * Files, all in the data directory the game passes in (SDL_GetPrefPath, or
 * --data-dir):
 *   progress.sav             the current save
 *   progress.sav.bak         the previous good save
 *   progress.sav.tmp         a save being written (ignored when reading)
 *   progress.sav.bak.tmp     a backup being made (ignored when reading)
 *   progress.sav.broken-*    a file that could not be read, moved aside by the
 *                            next sav_store instead of being overwritten
 *
 * The format is line-based text, read without executing anything:
 *
 *   skillquest-save 1                  magic and format version
 *   generation 42                      incremented on every save
 *   saved 1718000000                   when it was written (Unix seconds)
 *   xp 1250
 *   rank 2
 *   skill http 1 0 3 20100 20093 7 2 web.requests
 *                                      id held mastered box due last right wrong,
 *                                      then the level of the last right answer
 *                                      ("-": none yet; format 2 on)
 *   level office.first_day completed 90   id state best-score
 *   volume-master 80 ... (settings, one per line)
 *   key confirm Return                 action, then the key name (rest of line)
 *   pad confirm a                      action, then the button name
 *   end 89abcdef                       CRC-32 of every byte above this line
 *
 * The first line and the `end` line are the frame every version keeps: a file
 * whose checksum does not match is damaged; a file whose checksum matches and
 * whose version is newer than SAV_FORMAT_VERSION was made by a newer
 * SkillQuest. Inside a version the reader is strict: an unknown key, a missing
 * or repeated one, a value out of range is damage, never guessed at, because
 * the writer of the same version never produces one. New data means a new
 * version number, so an older game never silently drops what a newer one wrote.
 *
 * Pure C11 + POSIX: no SDL, no Lua. */
#ifndef SQ_SAVE_H
#define SQ_SAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* 2 added the level of a skill's last right answer (mastery needs a later
 * day or a later level); format 1 files are still read. */
#define SAV_FORMAT_VERSION 2

#define SAV_ID_MAX 31        /* a skill id, an action or key name: chars, not counting the NUL */
#define SAV_LEVEL_ID_MAX 63  /* a level id such as office.first_day */
#define SAV_MAX_SKILLS 256
#define SAV_MAX_LEVELS 256
#define SAV_MAX_BINDINGS 32  /* keyboard, and gamepad likewise */
#define SAV_BOX_MAX 16       /* spaced review: box (level) 0..SAV_BOX_MAX */
#define SAV_DAY_MAX 10000000 /* day counts: days since 1970-01-01, 0..SAV_DAY_MAX */
#define SAV_COUNT_MAX 1000000000 /* xp, right/wrong answers */
#define SAV_RANK_MAX 100
#define SAV_MAX_FILE_BYTES (256 * 1024) /* larger files are refused unread */

/* A skill with its spaced-review (Leitner) state. Ids are 1..31 printable
 * ASCII characters without spaces. */
typedef struct {
    char id[SAV_ID_MAX + 1];
    bool held;
    bool mastered;
    int box;          /* 0..SAV_BOX_MAX */
    int32_t due_day;  /* next review, a day count 0..SAV_DAY_MAX */
    int32_t last_day; /* last answered, a day count, or -1: never */
    uint32_t right;   /* answers, 0..SAV_COUNT_MAX each */
    uint32_t wrong;
    char right_in[SAV_LEVEL_ID_MAX + 1]; /* level id of the last right answer, "" none */
} sav_skill;

typedef enum { SAV_LEVEL_NOT_STARTED = 0, SAV_LEVEL_COMPLETED = 1 } sav_level_state;

typedef struct {
    char id[SAV_LEVEL_ID_MAX + 1];
    sav_level_state state;
    int best_score; /* best quiz score, 0..100 */
} sav_level;

/* An action and the key (or gamepad button) bound to it. The action is an id
 * (no spaces); the key is 1..31 characters, spaces allowed inside ("Left
 * Shift"), no control characters, no leading or trailing space. An action may
 * appear more than once (arrow keys and WASD). */
typedef struct {
    char action[SAV_ID_MAX + 1];
    char key[SAV_ID_MAX + 1];
} sav_binding;

typedef enum { SAV_TEXT_SMALL = 0, SAV_TEXT_NORMAL = 1, SAV_TEXT_LARGE = 2 } sav_text_size;

typedef struct {
    int master_volume; /* 0..100 */
    int music_volume;
    int effects_volume;
    bool fullscreen;
    sav_text_size text_size;
    bool reduced_motion;
    int key_count;
    sav_binding keys[SAV_MAX_BINDINGS];
    int pad_count;
    sav_binding pad[SAV_MAX_BINDINGS];
} sav_settings;

typedef struct {
    int version;         /* the format it was read from; sav_store writes SAV_FORMAT_VERSION */
    uint64_t generation; /* increment before every sav_store: it must exceed the saved one */
    int64_t saved_at;    /* filled by sav_load (Unix seconds); sav_store writes the current time */
    uint32_t xp;         /* 0..SAV_COUNT_MAX */
    int rank;            /* 0..SAV_RANK_MAX */
    int skill_count;
    sav_skill skills[SAV_MAX_SKILLS];
    int level_count;
    sav_level levels[SAV_MAX_LEVELS];
    sav_settings settings;
} sav_progress;

typedef enum {
    SAV_OK,              /* progress.sav was read */
    SAV_FRESH_START,     /* there is no save yet: defaults */
    SAV_RESTORED_BACKUP, /* progress.sav could not be used; progress.sav.bak was */
    SAV_UNREADABLE       /* a save exists but neither it nor its backup could be used:
                          * defaults (the brief's "both unreadable") */
} sav_outcome;

/* Why one file could not be used. */
typedef enum {
    SAV_FILE_GOOD,
    SAV_FILE_MISSING,
    SAV_FILE_UNREADABLE, /* not a regular file, no permission, an I/O error, too large */
    SAV_FILE_DAMAGED,    /* truncated, checksum mismatch, malformed */
    SAV_FILE_FUTURE      /* intact, but written by a newer SkillQuest */
} sav_file_status;

typedef struct {
    sav_outcome code;
    sav_file_status save_status;   /* progress.sav */
    sav_file_status backup_status; /* progress.sav.bak (SAV_FILE_MISSING when not needed) */
    char message[512]; /* for the player; empty when there is nothing to say */
    char detail[512];  /* for the log: which file, which line, what was wrong */
} sav_report;

/* Fresh progress: no skills, no levels, the default settings and bindings. */
void sav_defaults(sav_progress *p);
/* The default settings and bindings alone. */
void sav_default_settings(sav_settings *s);

/* Reads DIR/progress.sav, falling back to DIR/progress.sav.bak. Never creates,
 * changes, moves or deletes anything. `out` is always usable: the progress
 * read, or defaults. Returns true when `out` came from a file (SAV_OK or
 * SAV_RESTORED_BACKUP), false when it holds defaults (SAV_FRESH_START or
 * SAV_UNREADABLE); `report` says which and what to tell the player. */
bool sav_load(const char *dir, sav_progress *out, sav_report *report);

/* Writes `p` as DIR/progress.sav atomically and durably, keeping the previous
 * good save as DIR/progress.sav.bak. Creates DIR if it is missing. A file in
 * the way that cannot be read is renamed to progress.sav.broken-TIME, never
 * overwritten. Refuses (returns false, nothing changed) a `p` that is invalid,
 * or whose generation is not greater than that of the readable progress.sav
 * (another copy of the game saved meanwhile). On any failure returns false
 * with a message for the player in `err`, and the files on disk still hold the
 * last save that returned true. */
bool sav_store(const char *dir, const sav_progress *p, char *err, size_t err_size);

/* The same text sav_store writes, into buf (NUL-terminated); returns its length,
 * or 0 when `p` is invalid (err says why) or buf is too small. For tests and tools. */
size_t sav_format(const sav_progress *p, int64_t saved_at, char *buf, size_t size,
                  char *err, size_t err_size);
/* Parses a whole save held in memory. Returns the file status: GOOD, DAMAGED or
 * FUTURE; err says where and why. Never reads past len. */
sav_file_status sav_parse(const char *text, size_t len, sav_progress *out, char *err,
                          size_t err_size);

#endif
