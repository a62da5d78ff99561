/* save_test_util: what the save module's unit tests share (test_save,
 * test_save_format, test_save_folder, test_save_copies): a fresh directory per
 * test under /tmp, reading and writing files, a snapshot of a directory, a
 * sample progress, and a child process that can drop root. Each test file
 * uses some of it. */
#ifndef SQ_SAVE_TEST_UTIL_H
#define SQ_SAVE_TEST_UTIL_H

#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* nftw, mkdtemp, scandir, st_mtim */
#endif

#include "test_common.h"
#include "save.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

/* Each file uses some of these. */
#define SAVE_UTIL static __attribute__((unused))

typedef struct {
    char dir[64]; /* the data directory of this test */
} fixture;

SAVE_UTIL int make_writable(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)ftw;
    if (flag == FTW_D || flag == FTW_DNR) chmod(path, 0700);
    (void)st;
    return 0;
}

SAVE_UTIL int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

SAVE_UTIL int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/sq-save-test-XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    *state = f;
    return 0;
}

SAVE_UTIL int teardown(void **state)
{
    fixture *f = *state;
    nftw(f->dir, make_writable, 16, FTW_PHYS);
    nftw(f->dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(f);
    return 0;
}

/* ---- helpers ---- */

SAVE_UTIL void path_in(char *out, size_t size, const char *dir, const char *name)
{
    snprintf(out, size, "%s/%s", dir, name);
}

SAVE_UTIL void write_bytes(const char *path, const void *bytes, size_t len)
{
    /* A new file rather than truncating the old one: on ext4 an O_TRUNC of a
     * file with data waits on the journal, which made this test 5x slower. */
    unlink(path);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    if (len) assert_int_equal(fwrite(bytes, 1, len, fp), len);
    assert_int_equal(fclose(fp), 0);
}

SAVE_UTIL char *read_bytes(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    char *buf = malloc(SAV_MAX_FILE_BYTES + 1);
    assert_non_null(buf);
    *len = fread(buf, 1, SAV_MAX_FILE_BYTES, fp);
    buf[*len] = '\0';
    fclose(fp);
    return buf;
}

SAVE_UTIL char *read_named(const char *dir, const char *name, size_t *len)
{
    char path[512];
    path_in(path, sizeof path, dir, name);
    return read_bytes(path, len);
}

SAVE_UTIL void write_named(const char *dir, const char *name, const void *bytes, size_t len)
{
    char path[512];
    path_in(path, sizeof path, dir, name);
    write_bytes(path, bytes, len);
}

SAVE_UTIL bool exists(const char *dir, const char *name)
{
    char path[512];
    struct stat st;
    path_in(path, sizeof path, dir, name);
    return lstat(path, &st) == 0;
}

SAVE_UTIL int not_dots(const struct dirent *e)
{
    return strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
}

/* Everything about a directory's entries that a read could change: names,
 * types, inodes, sizes, modification times and contents. (Not the directory's
 * own mtime: a failed store may create and remove its temporary file.) */
SAVE_UTIL char *snapshot(const char *dir)
{
    struct dirent **names = NULL;
    int n = scandir(dir, &names, not_dots, alphasort);
    assert_true(n >= 0);
    size_t cap = 64 + (size_t)n * 256, len = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        char path[512];
        struct stat st;
        path_in(path, sizeof path, dir, names[i]->d_name);
        if (lstat(path, &st) == 0) {
            unsigned long crc = 0;
            if (S_ISREG(st.st_mode)) {
                size_t blen;
                char *b = read_bytes(path, &blen);
                crc = crc32(0L, (const Bytef *)b, (uInt)blen);
                free(b);
            }
            len += (size_t)snprintf(out + len, cap - len, "%s %o %lu %lld %lld.%09ld %08lx\n",
                                    names[i]->d_name, (unsigned)st.st_mode,
                                    (unsigned long)st.st_ino, (long long)st.st_size,
                                    (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec, crc);
        }
        free(names[i]);
    }
    free(names);
    return out;
}

/* The name of the one entry starting with prefix, or NULL; count returned. */
SAVE_UTIL int find_prefixed(const char *dir, const char *prefix, char *name, size_t size)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0) {
            if (name) snprintf(name, size, "%s", e->d_name);
            count++;
        }
    closedir(d);
    return count;
}

SAVE_UTIL void sample_progress(sav_progress *p, uint64_t generation)
{
    sav_defaults(p);
    p->generation = generation;
    p->xp = 1250 + (uint32_t)generation;
    p->rank = 2;
    static const char *const skills[] = {"http", "html", "css", "javascript", "unit_tests",
                                         "sql", "git", "rest-api", "caching", "queues",
                                         "observability", "a23456789012345678901234567890b"};
    for (int i = 0; i < (int)(sizeof skills / sizeof skills[0]); i++) {
        sav_skill *k = &p->skills[p->skill_count++];
        snprintf(k->id, sizeof k->id, "%s", skills[i]);
        k->held = i % 3 != 2;
        k->mastered = i % 4 == 0;
        k->box = i % (SAV_BOX_MAX + 1);
        k->due_day = 20100 + i;
        k->last_day = i == 5 ? -1 : 20090 + i;
        k->right = (uint32_t)(i * 7);
        k->wrong = (uint32_t)(i % 3);
        if (i % 2 == 0) snprintf(k->right_in, sizeof k->right_in, "web.requests");
    }
    static const char *const levels[] = {"office.first_day", "office.server_room",
                                         "pack:alice/level-1"};
    for (int i = 0; i < 3; i++) {
        sav_level *l = &p->levels[p->level_count++];
        snprintf(l->id, sizeof l->id, "%s", levels[i]);
        l->state = i < 2 ? SAV_LEVEL_COMPLETED : SAV_LEVEL_NOT_STARTED;
        l->best_score = i == 0 ? 100 : i == 1 ? 67 : 0;
        l->won_day = i < 2 ? 20095 + i : -1;
    }
    p->settings.master_volume = 100;
    p->settings.music_volume = 0;
    p->settings.effects_volume = 55;
    p->settings.fullscreen = true;
    p->settings.text_size = SAV_TEXT_LARGE;
    p->settings.reduced_motion = true;
    snprintf(p->settings.keys[0].key, sizeof p->settings.keys[0].key, "Left Shift");
    snprintf(p->settings.keys[1].key, sizeof p->settings.keys[1].key, "\xc3\x89"); /* É */
}

SAVE_UTIL void assert_same_progress(const sav_progress *a, const sav_progress *b)
{
    assert_int_equal(a->generation, b->generation);
    assert_int_equal(a->xp, b->xp);
    assert_int_equal(a->rank, b->rank);
    assert_int_equal(a->skill_count, b->skill_count);
    for (int i = 0; i < a->skill_count; i++) {
        const sav_skill *x = &a->skills[i], *y = &b->skills[i];
        assert_string_equal(x->id, y->id);
        assert_int_equal(x->held, y->held);
        assert_int_equal(x->mastered, y->mastered);
        assert_int_equal(x->box, y->box);
        assert_int_equal(x->due_day, y->due_day);
        assert_int_equal(x->last_day, y->last_day);
        assert_int_equal(x->right, y->right);
        assert_int_equal(x->wrong, y->wrong);
        assert_string_equal(x->right_in, y->right_in);
    }
    assert_int_equal(a->level_count, b->level_count);
    for (int i = 0; i < a->level_count; i++) {
        assert_string_equal(a->levels[i].id, b->levels[i].id);
        assert_int_equal(a->levels[i].state, b->levels[i].state);
        assert_int_equal(a->levels[i].best_score, b->levels[i].best_score);
    }
    const sav_settings *s = &a->settings, *t = &b->settings;
    assert_int_equal(s->master_volume, t->master_volume);
    assert_int_equal(s->music_volume, t->music_volume);
    assert_int_equal(s->effects_volume, t->effects_volume);
    assert_int_equal(s->fullscreen, t->fullscreen);
    assert_int_equal(s->text_size, t->text_size);
    assert_int_equal(s->reduced_motion, t->reduced_motion);
    assert_int_equal(s->key_count, t->key_count);
    for (int i = 0; i < s->key_count; i++) {
        assert_string_equal(s->keys[i].action, t->keys[i].action);
        assert_string_equal(s->keys[i].key, t->keys[i].key);
    }
    assert_int_equal(s->pad_count, t->pad_count);
    for (int i = 0; i < s->pad_count; i++) {
        assert_string_equal(s->pad[i].action, t->pad[i].action);
        assert_string_equal(s->pad[i].key, t->pad[i].key);
    }
}

/* An id of exactly max characters: prefix, number, then padding. */
SAVE_UTIL void long_id(char *dst, size_t max, const char *prefix, int i, char pad)
{
    char tmp[128];
    int n = snprintf(tmp, sizeof tmp, "%s%d-", prefix, i);
    assert_true(n > 0 && (size_t)n < max);
    memset(tmp + n, pad, max - (size_t)n);
    tmp[max] = '\0';
    memcpy(dst, tmp, max + 1);
}

SAVE_UTIL void store_ok(const char *dir, const sav_progress *p)
{
    char err[512];
    bool ok = sav_store(dir, p, err, sizeof err);
    if (!ok) fail_msg("sav_store: %s", err);
    assert_string_equal(err, "");
}

/* A body made into a file with a correct end line, as a writer would. */
SAVE_UTIL size_t with_end_line(const char *body, char *out, size_t size)
{
    size_t n = strlen(body);
    unsigned long crc = crc32(0L, (const Bytef *)body, (uInt)n);
    return (size_t)snprintf(out, size, "%send %08lx\n", body, crc);
}

/* Saves generation 1 then 2: progress.sav holds 2, progress.sav.bak 1. */
SAVE_UTIL void two_saves(const char *dir, sav_progress *first, sav_progress *second)
{
    sample_progress(first, 1);
    store_ok(dir, first);
    sample_progress(second, 2);
    second->skills[0].box = 7; /* the two differ in content, not only generation */
    store_ok(dir, second);
}


/* Runs fn in a child process as an unprivileged user (when we are root, chmod
 * does not stop root writing), with the given RLIMIT_FSIZE (0: none). Returns
 * the child's exit status, or -1 when privileges cannot be dropped. */
SAVE_UTIL int in_child(int (*fn)(const char *dir), const char *dir, bool drop_root,
                    rlim_t fsize)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (drop_root && geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(77);
        if (fsize) {
            signal(SIGXFSZ, SIG_IGN);
            struct rlimit rl = {fsize, fsize};
            if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(78);
        }
        _exit(fn(dir));
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    int code = WEXITSTATUS(status);
    return code == 77 ? -1 : code;
}

#endif
