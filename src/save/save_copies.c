/* save_copies: progress kept aside as dated files, so that New game never
 * loses the old progress and Continue can go back to it.
 *
 * A copy is a whole save in the usual format (checksummed, versioned), named
 * for the caller's day: progress-YYYY-MM-DD.sav, then progress-YYYY-MM-DD-2.sav
 * and so on for more on the same day. Copies are only ever added: one is
 * published by link() (or, without hard links, a rename checked first), which
 * never replaces an existing name, and nothing here deletes one. The date
 * comes from the caller as a day count; this file reads no clock for it. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* DT_ and struct dirent's d_name, lstat */
#endif

#include "save_internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SAV_COPY_PREFIX "progress-"
#define SAV_COPY_NUMBER_MAX 999

/* Days since 1970-01-01 to the proleptic Gregorian date, and back (Howard
 * Hinnant's algorithms: exact for every day, no tables, no time zone). */
static void sav_civil_from_days(int32_t day, int *y, int *m, int *d)
{
    long z = (long)day + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static long sav_days_from_civil(int y, int m, int d)
{
    long yy = y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static bool sav_copy_name(char *out, size_t size, int32_t day, int number)
{
    int y, m, d;
    sav_civil_from_days(day, &y, &m, &d);
    int n = number == 1
                ? snprintf(out, size, SAV_COPY_PREFIX "%04d-%02d-%02d.sav", y, m, d)
                : snprintf(out, size, SAV_COPY_PREFIX "%04d-%02d-%02d-%d.sav", y, m, d, number);
    return n > 0 && (size_t)n < size;
}

/* Exactly n digits. */
static bool sav_digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

/* Whether name is a copy's, exactly as sav_copy_name writes it (so no path,
 * no "..", nothing else): its day and number. */
static bool sav_parse_copy_name(const char *name, int32_t *day, int *number)
{
    size_t plen = strlen(SAV_COPY_PREFIX);
    if (strncmp(name, SAV_COPY_PREFIX, plen) != 0) return false;
    const char *s = name + plen;
    int y, m, d;
    if (!sav_digits(s, 4, &y) || s[4] != '-' || !sav_digits(s + 5, 2, &m) || s[7] != '-' ||
        !sav_digits(s + 8, 2, &d))
        return false;
    s += 10;
    int num = 1;
    if (*s == '-') {
        s++;
        if (*s < '1' || *s > '9') return false; /* no leading zero, no sign */
        num = 0;
        while (*s >= '0' && *s <= '9' && num <= SAV_COPY_NUMBER_MAX) num = num * 10 + (*s++ - '0');
        if (num < 2 || num > SAV_COPY_NUMBER_MAX) return false;
    }
    if (strcmp(s, ".sav") != 0 || m < 1 || m > 12 || d < 1 || d > 31) return false;
    long days = sav_days_from_civil(y, m, d);
    if (days < 0 || days > SAV_COPY_DAY_MAX) return false;
    int yy, mm, dd; /* 2023-02-30 is no date */
    sav_civil_from_days((int32_t)days, &yy, &mm, &dd);
    if (yy != y || mm != m || dd != d) return false;
    *day = (int32_t)days;
    *number = num;
    return true;
}

/* ---- keeping a copy ---- */

/* Publishes DIR/progress-copy.tmp under the first free name for `day`. */
static bool sav_publish_copy(const char *dir, const char *tmp, int32_t day, char *name,
                             size_t name_size, sav_failure *why)
{
    for (int number = 1; number <= SAV_COPY_NUMBER_MAX; number++) {
        char base[SAV_COPY_NAME_MAX], path[SAV_PATH_MAX];
        if (!sav_copy_name(base, sizeof base, day, number) || !sav_path(path, dir, base)) break;
        if (link(tmp, path) == 0) {
            unlink(tmp); /* the copy lives on under its name */
            sav_set(name, name_size, "%s", base);
            return true;
        }
        int e = errno;
        if (e == EEXIST) continue;
        if (e == EACCES || e == EROFS || e == ENOSPC || e == EDQUOT || e == ENOENT) {
            sav_fail(why, "keep a copy as", path, e);
            return false;
        }
        /* No hard links here: rename, which would replace, so only onto a free
         * name (the folder's lock keeps other copies of the game out). */
        struct stat st;
        if (lstat(path, &st) == 0) continue;
        if (rename(tmp, path) != 0) {
            sav_fail(why, "keep a copy as", path, errno);
            return false;
        }
        sav_set(name, name_size, "%s", base);
        return true;
    }
    sav_fail_other(why, "Could not keep a copy of your progress: every name for that day is taken");
    return false;
}

static sav_save_result sav_write_copy(const char *dir, const sav_progress *p, int32_t today,
                                      char *name, size_t name_size, sav_failure *why)
{
    if (today < 0 || today > SAV_COPY_DAY_MAX) {
        sav_fail_other(why, "Could not keep a copy of your progress: day %ld is not a date "
                            "a copy's name can hold", (long)today);
        return SAV_FAILED;
    }
    char tmp[SAV_PATH_MAX];
    if (!sav_path(tmp, dir, SAV_COPY_TMP_NAME)) {
        sav_fail_other(why, "Could not keep a copy of your progress: the folder path is too long");
        return SAV_FAILED;
    }
    char *text = malloc(SAV_MAX_FILE_BYTES);
    if (!text) {
        sav_fail_other(why, "Could not keep a copy of your progress: out of memory");
        return SAV_FAILED;
    }
    char err[256];
    sav_save_result r = SAV_FAILED;
    size_t len = sav_format(p, (int64_t)time(NULL), text, SAV_MAX_FILE_BYTES, err, sizeof err);
    if (len == 0) {
        sav_fail_other(why, "Could not keep a copy of your progress: %s", err);
    } else if (sav_make_dir(dir, why) && sav_write_synced(tmp, text, len, why)) {
        if (!sav_publish_copy(dir, tmp, today, name, name_size, why)) unlink(tmp);
        else if (sav_sync_dir(dir, why)) r = SAV_SAVED;
    }
    free(text);
    return r;
}

sav_save_result sav_keep_copy(sav_folder *f, const sav_progress *p, int32_t today, char *name,
                              size_t name_size, sav_failure *why)
{
    sav_failure scratch;
    if (!why) why = &scratch;
    memset(why, 0, sizeof *why);
    sav_set(name, name_size, "%s", "");
    sav_save_result r;
    if (!sav_folder_may_write(f, why, &r)) return r;
    if (!p) {
        sav_fail_other(why, "Could not keep a copy of your progress: no progress");
        return SAV_FAILED;
    }
    r = sav_write_copy(sav_folder_dir(f), p, today, name, name_size, why);
    if (r != SAV_SAVED) why->first = true;
    return r;
}

/* ---- listing ---- */

typedef struct {
    char name[SAV_COPY_NAME_MAX];
    int32_t day;
    int number;
} sav_copy_entry;

static int sav_newest_first(const void *a, const void *b)
{
    const sav_copy_entry *x = a, *y = b;
    if (x->day != y->day) return x->day < y->day ? 1 : -1;
    return (x->number < y->number) - (x->number > y->number);
}

/* The copies' names in dir, newest first; NULL with *count 0 when none. */
static sav_copy_entry *sav_scan_copies(const char *dir, int *count)
{
    *count = 0;
    DIR *d = dir ? opendir(dir) : NULL;
    if (!d) return NULL;
    sav_copy_entry *list = NULL;
    int cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        int32_t day;
        int number;
        if (strlen(e->d_name) >= SAV_COPY_NAME_MAX ||
            !sav_parse_copy_name(e->d_name, &day, &number))
            continue;
        if (*count == cap) {
            int grown = cap ? cap * 2 : 16;
            sav_copy_entry *more = realloc(list, (size_t)grown * sizeof *more);
            if (!more) break; /* list what fitted */
            list = more;
            cap = grown;
        }
        sav_copy_entry *c = &list[(*count)++];
        memcpy(c->name, e->d_name, strlen(e->d_name) + 1); /* shorter than the field: checked */
        c->day = day;
        c->number = number;
    }
    closedir(d);
    if (*count > 1) qsort(list, (size_t)*count, sizeof *list, sav_newest_first);
    return list;
}

static void sav_describe_copy(const char *dir, const sav_copy_entry *c, sav_copy *out)
{
    memset(out, 0, sizeof *out);
    snprintf(out->name, sizeof out->name, "%s", c->name);
    out->day = c->day;
    out->number = c->number;
    char path[SAV_PATH_MAX];
    if (!sav_path(path, dir, c->name)) {
        out->status = SAV_FILE_UNREADABLE;
        return;
    }
    sav_file file;
    sav_examine(path, &file);
    out->status = file.status;
    if (file.status == SAV_FILE_GOOD) {
        const sav_progress *p = file.progress;
        out->saved_at = p->saved_at;
        out->xp = p->xp;
        out->rank = p->rank;
        for (int i = 0; i < p->skill_count; i++) {
            out->skills += p->skills[i].held;
            out->mastered += p->skills[i].held && p->skills[i].mastered;
        }
        for (int i = 0; i < p->level_count; i++)
            out->levels += p->levels[i].state == SAV_LEVEL_COMPLETED;
    }
    sav_file_free(&file);
}

int sav_list_copies(const char *dir, sav_copy *out, int max)
{
    int count;
    sav_copy_entry *list = sav_scan_copies(dir, &count);
    for (int i = 0; out && i < count && i < max; i++) sav_describe_copy(dir, &list[i], &out[i]);
    free(list);
    return count;
}

int sav_count_good_copies(const char *dir)
{
    int count, good = 0;
    sav_copy_entry *list = sav_scan_copies(dir, &count);
    for (int i = 0; i < count; i++) {
        sav_copy c;
        sav_describe_copy(dir, &list[i], &c);
        good += c.status == SAV_FILE_GOOD;
    }
    free(list);
    return good;
}

/* ---- going back to a copy ---- */

sav_save_result sav_restore_copy(sav_folder *f, const char *name, const sav_progress *current,
                                 int32_t today, sav_progress *out, sav_failure *why)
{
    sav_failure scratch;
    if (!why) why = &scratch;
    memset(why, 0, sizeof *why);
    sav_save_result r;
    if (!sav_folder_may_write(f, why, &r)) return r;
    why->first = true; /* the player asked: every failure is news */
    int32_t day;
    int number;
    char path[SAV_PATH_MAX];
    const char *dir = sav_folder_dir(f);
    if (!name || !current || !out || strlen(name) >= SAV_COPY_NAME_MAX ||
        !sav_parse_copy_name(name, &day, &number) || !sav_path(path, dir, name)) {
        sav_fail_other(why, "Could not go back to that copy: '%s' is not a copy's name",
                       name ? name : "(none)");
        return SAV_FAILED;
    }
    sav_file file;
    sav_examine(path, &file);
    if (file.status != SAV_FILE_GOOD) {
        sav_fail_other(why, "Could not go back to the copy %s: it is %s (%s)", name,
                       file.status == SAV_FILE_MISSING  ? "gone"
                       : file.status == SAV_FILE_FUTURE ? "from a newer SkillQuest"
                                                        : "damaged",
                       file.why[0] ? file.why : "no detail");
        sav_file_free(&file);
        return SAV_FAILED;
    }
    /* Keep what the copy replaces before anything else changes: a crash after
     * this leaves both, never neither. */
    r = SAV_SAVED;
    if (sav_has_progress(current)) r = sav_write_copy(dir, current, today, NULL, 0, why);
    if (r == SAV_SAVED) {
        sav_progress *restored = file.progress;
        restored->settings = current->settings;
        uint64_t generation;
        r = sav_folder_write(f, restored, why, &generation);
        if (r == SAV_SAVED) {
            *out = *restored;
            out->generation = generation;
        }
    }
    why->first = r != SAV_SAVED;
    sav_file_free(&file);
    return r;
}
