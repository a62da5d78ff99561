/* save: the player's progress on disk, never lost.
 *
 * Files, all in the data directory the game passes in (SDL_GetPrefPath, or
 * --data-dir):
 *   progress.sav             the current save
 *   progress.sav.bak         the previous good save
 *   progress.sav.tmp         a save being written (ignored when reading)
 *   progress.sav.bak.tmp     a backup being made (ignored when reading)
 *   progress.sav.broken-*    a file that could not be read, moved aside by the
 *                            next store instead of being overwritten
 *   progress.lock            held (flock) by the copy of the game that saves
 *                            here; never deleted, its content is only a hint
 *   progress-YYYY-MM-DD.sav  progress kept aside (New game, a restore), in the
 *   progress-YYYY-MM-DD-N.sav  same format; N counts several on one day
 *   progress-copy.tmp        a copy being written (ignored when reading)
 *
 * How the game uses it: sav_open at start (takes the folder's lock, loads,
 * says what happened), sav_save at safe points and on quit (never overwrites
 * what another copy saved, backs off after a failure), sav_close at the end;
 * sav_keep_copy / sav_list_copies / sav_restore_copy for New game and going
 * back to older progress. sav_load and sav_store are the unguarded layer
 * below, for tools and tests.
 *
 * The format is line-based text, read without executing anything:
 *
 *   skillquest-save 1                  magic and format version
 *   generation 42                      1..SAV_GENERATION_MAX, one more on
 *                                      every save, then 1 again (see
 *                                      sav_generation_next)
 *   saved 1718000000                   when it was written (Unix seconds)
 *   xp 1250
 *   rank 2
 *   skill http 1 0 3 20100 20093 7 2 web.requests
 *                                      id held mastered box due last right wrong,
 *                                      then the level of the last right answer
 *                                      ("-": none yet; format 2 on)
 *   level office.first_day completed 90 20433   id state best-score, then
 *                                      the day it was won (-1: unknown;
 *                                      format 3 on)
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

/* 2 added the level of a skill's last right answer; 3 what learning needs:
 * whether a skill was taught (it is held once also answered right), when and
 * on which exercise a due review was last answered right (mastery needs two
 * different exercises, 20 hours apart), the exercise asked last, and the
 * values a quest keeps across its levels. Formats 1 and 2 are still read. */
#define SAV_FORMAT_VERSION 3

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
#define SAV_GENERATION_MAX 1000000000000000000ULL /* the largest generation a file may hold */
#define SAV_COPY_NAME_MAX 40 /* progress-YYYY-MM-DD-NNN.sav and its NUL fit */
#define SAV_COPY_DAY_MAX 2932896 /* 9999-12-31: the last day a copy's name can hold */
#define SAV_ITEM_MAX 63      /* an exercise id */
#define SAV_MINUTE_MAX ((int64_t)SAV_DAY_MAX * 1440) /* minutes since 1970-01-01 */
#define SAV_MAX_KEPT 256     /* values quests keep across their levels */
#define SAV_KEPT_VALUE_MAX 127

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
    bool taught;              /* seen taught (an orb, a mentor); held once also answered right */
    int64_t due_right_minute; /* a due review last answered right: minutes since 1970, 0 never */
    char due_right_item[SAV_ITEM_MAX + 1]; /* the exercise that was, "" none */
    char last_item[SAV_ITEM_MAX + 1];      /* the exercise asked last, "" none */
} sav_skill;

/* A value a quest keeps across its levels (sq.keep): printable, spaces allowed. */
typedef struct {
    char quest[SAV_ID_MAX + 1];
    char key[SAV_ID_MAX + 1];
    char value[SAV_KEPT_VALUE_MAX + 1];
} sav_kept;

typedef enum { SAV_LEVEL_NOT_STARTED = 0, SAV_LEVEL_COMPLETED = 1 } sav_level_state;

typedef struct {
    char id[SAV_LEVEL_ID_MAX + 1];
    sav_level_state state;
    int best_score; /* best quiz score, 0..100 */
    int32_t won_day; /* the day it was first won (format 3 on), -1: not won or not known */
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
    uint64_t generation; /* 0: never saved; sav_save sets it (with sav_store, the caller) */
    int64_t saved_at;    /* filled by sav_load (Unix seconds); sav_store writes the current time */
    uint32_t xp;         /* 0..SAV_COUNT_MAX */
    int rank;            /* 0..SAV_RANK_MAX */
    int skill_count;
    sav_skill skills[SAV_MAX_SKILLS];
    int level_count;
    sav_level levels[SAV_MAX_LEVELS];
    int kept_count;
    sav_kept kept[SAV_MAX_KEPT];
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
    int copies;         /* progress copies that can be restored (sav_list_copies) */
    bool read_only;     /* sav_open: another copy of the game holds the folder, so this
                         * one will not save (the message says so) */
    char message[1024]; /* for the player, to show until dismissed; empty when there is
                         * nothing to say */
    char detail[1024];  /* for the log: which file, which line, what was wrong */
} sav_report;

/* Fresh progress: no skills, no levels, the default settings and bindings. */
void sav_defaults(sav_progress *p);
/* The default settings and bindings alone. */
void sav_default_settings(sav_settings *s);
/* True when p holds something a player would miss: xp, a rank, a skill, a
 * level. (New game asks before it replaces such progress.) */
bool sav_has_progress(const sav_progress *p);

/* ---- the game's way in: one data folder, held by one copy of the game ---- */

/* Why a save (or the folder's lock) failed, in the words the player needs. */
typedef enum {
    SAV_FAIL_NONE = 0,
    SAV_FAIL_READ_ONLY,  /* the folder is on a read-only disk (EROFS) */
    SAV_FAIL_DISK_FULL,  /* no space or quota left (ENOSPC, EDQUOT, EFBIG) */
    SAV_FAIL_PERMISSION, /* not allowed to write there (EACCES, EPERM) */
    SAV_FAIL_OTHER,      /* an I/O error, something in the way, a damaged copy... */
    SAV_FAIL_OTHER_COPY, /* another copy of the game holds the folder */
    SAV_FAIL_CONFLICT    /* another copy saved here since this one loaded */
} sav_failure_kind;

typedef struct {
    sav_failure_kind kind;
    int errnum;        /* the system's error number, 0 when no system call failed */
    bool first;        /* sav_save: the first failure of this kind in a row, so the
                        * one to tell the player about (once, not every retry) */
    char detail[1024]; /* for the log: what failed, on which file, the system's words */
} sav_failure;

/* The kind of a system error number (errno): the classification above. */
sav_failure_kind sav_classify_errno(int errnum);
/* One or two sentences for the player: what happened, what they can do. A
 * static string; "" for SAV_FAIL_NONE. */
const char *sav_failure_message(sav_failure_kind kind);
/* Seconds to wait before the next try after `failures` failed saves in a row:
 * 0 for none, a few seconds after the first, doubling up to a cap of five
 * minutes. Pure: the caller owns the clock. */
double sav_retry_delay(int failures);

/* The next generation after g, and whether a is newer than b. Generations
 * wrap: after SAV_GENERATION_MAX comes 1 (0 means "never saved" and is older
 * than any other). Comparison is serial-number arithmetic (RFC 1982) over
 * the cycle 1..SAV_GENERATION_MAX: a is newer than b when a is less than half
 * the cycle ahead of b. Two files being compared are never more than a few
 * saves apart, far less than half of 10^18, so the order is never ambiguous,
 * and a save at SAV_GENERATION_MAX can be followed by another. */
uint64_t sav_generation_next(uint64_t g);
bool sav_generation_newer(uint64_t a, uint64_t b);

/* The folder's advisory lock: flock() on DIR/progress.lock, creating DIR
 * (each new directory fsynced) and the file when missing. Held until
 * sav_lock_release or the process ends, however it ends: a killed copy
 * never leaves the folder locked. Returns NULL when it could not be taken:
 * why->kind is SAV_FAIL_OTHER_COPY when another process holds it, else why it
 * could not be made (a read-only disk...). sav_open takes it for you. */
typedef struct sav_lock sav_lock;
sav_lock *sav_lock_acquire(const char *dir, sav_failure *why);
void sav_lock_release(sav_lock *lock); /* NULL is fine */

/* This copy of the game's hold on its data folder. */
typedef struct sav_folder sav_folder;

/* Takes the folder's lock, then loads (sav_load) into `out` and fills
 * `report`. When another copy holds the lock, this one still loads (the
 * player can play) but never writes: report->read_only is set and the message
 * says so. When the lock cannot be made at all (a read-only disk), saving is
 * still tried, and fails with a reason. Returns NULL only when out of memory
 * (out then holds defaults and report says so). */
sav_folder *sav_open(const char *dir, sav_progress *out, sav_report *report);
/* Releases the lock. NULL is fine. */
void sav_close(sav_folder *f);
/* False when this copy never saves: another copy held the folder at
 * sav_open, or saved over what this one loaded (SAV_CONFLICT). */
bool sav_writable(const sav_folder *f);
/* The data folder's path, as given to sav_open. */
const char *sav_folder_dir(const sav_folder *f);

typedef enum {
    SAV_SAVED,     /* written and durable */
    SAV_DEFERRED,  /* not tried: the back-off after a failure has not run out
                    * (why: that failure, first = false) */
    SAV_FAILED,    /* tried and failed (why); no try before now + sav_retry_delay */
    SAV_CONFLICT,  /* another copy saved here since this one loaded: nothing was
                    * written, and this folder handle never writes again */
    SAV_READ_ONLY  /* another copy holds the folder: this one never writes (why->first
                    * is false: sav_open's report already told the player) */
} sav_save_result;

/* Saves `p` as the current progress, atomically and durably, the previous save
 * becoming the backup. The generation is the folder's business: the one after
 * what this process last loaded or saved (p->generation is ignored). Refused
 * as SAV_CONFLICT when progress.sav or its backup holds a save this process
 * neither loaded nor wrote (a newer generation, or any save when it started
 * with none): whatever the caller does next, it can no longer overwrite it.
 * After a failure the next try waits out sav_retry_delay(failures in a row);
 * `now` is the caller's clock in seconds (any monotonic origin). On quit,
 * pass HUGE_VAL to try once more regardless. why may be NULL. */
sav_save_result sav_save(sav_folder *f, const sav_progress *p, double now, sav_failure *why);

/* ---- dated copies: New game keeps the old progress, Continue can go back ---- */

typedef struct {
    char name[SAV_COPY_NAME_MAX]; /* the file in the data folder */
    int32_t day;             /* from the name: days since 1970-01-01 */
    int number;              /* 1, or N of progress-YYYY-MM-DD-N.sav */
    sav_file_status status;  /* GOOD, or why it cannot be restored */
    int64_t saved_at;        /* Unix seconds, from the file; the rest likewise (0 unless GOOD) */
    uint32_t xp;
    int rank;
    int skills;              /* held */
    int mastered;
    int levels;              /* completed */
} sav_copy;

/* Writes `p` as a new copy named for `today` (days since 1970-01-01, the
 * caller's date: this module reads no clock for it), progress-YYYY-MM-DD.sav
 * or, when that exists, progress-YYYY-MM-DD-2.sav and so on: never over an
 * existing file. Written like a save: a temporary file, fsynced, renamed,
 * the folder fsynced. Its name goes to `name` (may be NULL). Returns
 * SAV_SAVED, or SAV_FAILED / SAV_CONFLICT / SAV_READ_ONLY with why (as
 * sav_save, but never deferred: the player asked). */
sav_save_result sav_keep_copy(sav_folder *f, const sav_progress *p, int32_t today, char *name,
                              size_t name_size, sav_failure *why);

/* The copies in DIR, newest first (by day, then number): up to `max` into
 * `out`. Returns how many there are in all (which may exceed max), 0 when
 * none or DIR cannot be read. Damaged copies are listed with their status. */
int sav_list_copies(const char *dir, sav_copy *out, int max);

/* Makes the copy `name` the current progress: `current` (the progress in play)
 * is first kept as a copy for `today` when sav_has_progress(current), then the
 * copy is saved as with sav_save (atomic, with the conflict check), keeping
 * the current settings (text size, keys: they are the player's, not the
 * progress's). The copy file itself stays. On SAV_SAVED, `out` holds the
 * progress now current, to play from. Never deferred. */
sav_save_result sav_restore_copy(sav_folder *f, const char *name, const sav_progress *current,
                                 int32_t today, sav_progress *out, sav_failure *why);

/* ---- the unguarded layer: one load, one store, no lock, no back-off ---- */

/* Reads DIR/progress.sav, falling back to DIR/progress.sav.bak. Never creates,
 * changes, moves or deletes anything. `out` is always usable: the progress
 * read, or defaults. Returns true when `out` came from a file (SAV_OK or
 * SAV_RESTORED_BACKUP), false when it holds defaults (SAV_FRESH_START or
 * SAV_UNREADABLE); `report` says which and what to tell the player. */
bool sav_load(const char *dir, sav_progress *out, sav_report *report);

/* Writes `p` as DIR/progress.sav atomically and durably, keeping the previous
 * good save as DIR/progress.sav.bak. Creates DIR if it is missing (each new
 * directory fsynced). A file in the way that cannot be read is renamed to
 * progress.sav.broken-TIME, never overwritten. Refuses (returns false, nothing
 * changed) a `p` that is invalid, or whose generation is not newer
 * (sav_generation_newer) than that of the readable progress.sav. On any
 * failure returns false with a message in `err`, and the files on disk still
 * hold the last save that returned true. For tools and tests: the caller
 * chooses the generation, so nothing stops a caller that keeps raising it from
 * overwriting another copy's save; the game uses sav_save. */
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
