/* Dated copies of the progress (New game keeps the old one, Continue can go
 * back to it) and what a load tells the player, in every case. */
#include "save_test_util.h"

#define D_2024_02_29 19782
#define D_2024_03_01 19783
#define D_2024_06_10 19884

static sav_folder *open_ok(const char *dir, sav_progress *p, sav_report *r)
{
    sav_folder *f = sav_open(dir, p, r);
    assert_non_null(f);
    return f;
}

static sav_progress *progress_of(const char *dir, const char *name)
{
    size_t n;
    char *bytes = read_named(dir, name, &n);
    sav_progress *p = malloc(sizeof *p);
    assert_non_null(p);
    assert_int_equal(sav_parse(bytes, n, p, NULL, 0), SAV_FILE_GOOD);
    free(bytes);
    return p;
}

static uint32_t xp_of_save(const char *dir)
{
    sav_progress *p = progress_of(dir, "progress.sav");
    uint32_t xp = p->xp;
    free(p);
    return xp;
}

/* One good copy, as if kept on 2024-06-10. */
static void write_bytes_named_copy(const char *dir, const char *bytes, size_t len)
{
    write_named(dir, "progress-2024-06-10.sav", bytes, len);
}

static void keep(sav_folder *f, const sav_progress *p, int32_t day, const char *want)
{
    char name[SAV_COPY_NAME_MAX];
    sav_failure why;
    sav_save_result r = sav_keep_copy(f, p, day, name, sizeof name, &why);
    if (r != SAV_SAVED) fail_msg("keep %s: %d: %s", want, r, why.detail);
    assert_string_equal(name, want);
}

static void copies_are_named_by_the_callers_day_and_listed_newest_first(void **state)
{
    fixture *f = *state;
    sav_progress first, second, p;
    two_saves(f->dir, &first, &second);
    sav_report r;
    sav_folder *fo = open_ok(f->dir, &p, &r);
    assert_int_equal(sav_list_copies(f->dir, NULL, 0), 0);
    keep(fo, &p, D_2024_06_10, "progress-2024-06-10.sav");
    keep(fo, &p, D_2024_06_10, "progress-2024-06-10-2.sav");
    p.xp = 3;
    keep(fo, &p, D_2024_06_10, "progress-2024-06-10-3.sav");
    keep(fo, &first, D_2024_02_29, "progress-2024-02-29.sav");
    keep(fo, &first, D_2024_03_01, "progress-2024-03-01.sav");
    keep(fo, &first, 0, "progress-1970-01-01.sav");
    keep(fo, &first, SAV_COPY_DAY_MAX, "progress-9999-12-31.sav");
    /* A day no name can hold. */
    char name[SAV_COPY_NAME_MAX];
    sav_failure why;
    assert_int_equal(sav_keep_copy(fo, &p, -1, name, sizeof name, &why), SAV_FAILED);
    assert_int_equal(sav_keep_copy(fo, &p, SAV_COPY_DAY_MAX + 1, name, sizeof name, &why),
                     SAV_FAILED);
    assert_string_equal(name, "");
    assert_false(exists(f->dir, "progress-copy.tmp"));

    sav_copy list[16];
    assert_int_equal(sav_list_copies(f->dir, list, 16), 7);
    static const char *const order[] = {
        "progress-9999-12-31.sav",   "progress-2024-06-10-3.sav", "progress-2024-06-10-2.sav",
        "progress-2024-06-10.sav",   "progress-2024-03-01.sav",   "progress-2024-02-29.sav",
        "progress-1970-01-01.sav"};
    for (int i = 0; i < 7; i++) {
        assert_string_equal(list[i].name, order[i]);
        assert_int_equal(list[i].status, SAV_FILE_GOOD);
    }
    assert_int_equal(list[1].day, D_2024_06_10);
    assert_int_equal(list[1].number, 3);
    assert_int_equal(list[3].number, 1);
    assert_int_equal(list[6].day, 0);
    /* The summary a title screen lists. */
    assert_int_equal(list[1].xp, 3);
    assert_int_equal(list[2].xp, second.xp);
    int held = 0, mastered = 0;
    for (int i = 0; i < second.skill_count; i++) {
        held += second.skills[i].held;
        mastered += second.skills[i].held && second.skills[i].mastered;
    }
    assert_int_equal(list[2].skills, held);
    assert_int_equal(list[2].mastered, mastered);
    assert_int_equal(list[2].levels, 2);
    assert_int_equal(list[2].rank, second.rank);
    assert_true(list[2].saved_at > 0);
    /* The copy holds the whole progress. */
    sav_progress *kept = progress_of(f->dir, "progress-2024-02-29.sav");
    assert_same_progress(&first, kept);
    free(kept);
    /* Fewer slots than copies: the newest, and the count of all. */
    assert_int_equal(sav_list_copies(f->dir, list, 2), 7);
    assert_string_equal(list[0].name, order[0]);
    assert_string_equal(list[1].name, order[1]);
    /* The current save is untouched. */
    assert_int_equal(sav_save(fo, &p, 0.0, &why), SAV_SAVED);
    sav_close(fo);
}

static void a_copy_never_replaces_a_file(void **state)
{
    fixture *f = *state;
    sav_progress p;
    sample_progress(&p, 1);
    write_named(f->dir, "progress-2024-06-10.sav", "mine, not a save", 16);
    write_named(f->dir, "progress-2024-06-10-2.sav", "mine too", 8);
    sav_report r;
    sav_folder *fo = open_ok(f->dir, &p, &r);
    keep(fo, &p, D_2024_06_10, "progress-2024-06-10-3.sav");
    size_t n;
    char *b = read_named(f->dir, "progress-2024-06-10.sav", &n);
    assert_int_equal(n, 16);
    assert_memory_equal(b, "mine, not a save", 16);
    free(b);
    /* Listed, as damaged, so the player sees them and nothing is restored from them. */
    sav_copy list[4];
    assert_int_equal(sav_list_copies(f->dir, list, 4), 3);
    assert_int_equal(list[0].status, SAV_FILE_GOOD);
    assert_int_equal(list[1].status, SAV_FILE_DAMAGED);
    assert_int_equal(list[2].status, SAV_FILE_DAMAGED);
    sav_close(fo);
}

static void only_copy_names_are_listed(void **state)
{
    fixture *f = *state;
    sav_progress p;
    sample_progress(&p, 1);
    store_ok(f->dir, &p);
    static const char *const not_copies[] = {
        "progress-2024-02-30.sav",   "progress-2023-02-29.sav",    "progress-2024-13-01.sav",
        "progress-2024-00-10.sav",   "progress-2024-06-10-1.sav",  "progress-2024-06-10-02.sav",
        "progress-2024-06-10-0.sav", "progress-2024-06-10-1000.sav", "progress-24-06-10.sav",
        "progress-2024-06-10.sav.tmp", "progress-2024-06-10.SAV",  "progress-2024-6-10.sav",
        "progress-1969-12-31.sav",   "progress-+024-06-10.sav",    "progress-2024-06-10-.sav",
        "progress-copy.tmp",         "xprogress-2024-06-10.sav",   "progress-2024-06-10-2x.sav",
    };
    for (size_t i = 0; i < sizeof not_copies / sizeof not_copies[0]; i++)
        write_named(f->dir, not_copies[i], "x", 1);
    write_named(f->dir, "progress-2024-06-10-999.sav", "x", 1);
    sav_copy list[4];
    assert_int_equal(sav_list_copies(f->dir, list, 4), 1);
    assert_string_equal(list[0].name, "progress-2024-06-10-999.sav");
    assert_int_equal(list[0].number, 999);
    char missing[600];
    snprintf(missing, sizeof missing, "%s/nope", f->dir);
    assert_int_equal(sav_list_copies(missing, list, 4), 0);
}

/* New game: the old progress is kept as a copy, then fresh progress is saved
 * (with the player's settings). Continue can go back to it. */
static void new_game_keeps_the_old_progress_and_continue_goes_back(void **state)
{
    fixture *f = *state;
    sav_progress first, second, p, fresh, back;
    two_saves(f->dir, &first, &second);
    sav_report r;
    sav_folder *fo = open_ok(f->dir, &p, &r);
    assert_true(sav_has_progress(&p));
    keep(fo, &p, D_2024_03_01, "progress-2024-03-01.sav");
    sav_defaults(&fresh);
    fresh.settings = p.settings;
    sav_failure why;
    assert_int_equal(sav_save(fo, &fresh, 0.0, &why), SAV_SAVED);
    /* Some new progress, different settings. */
    fresh.xp = 10;
    fresh.settings.text_size = SAV_TEXT_SMALL;
    fresh.settings.music_volume = 11;
    assert_int_equal(sav_save(fo, &fresh, 0.0, &why), SAV_SAVED);
    assert_int_equal(r.copies, 0);

    char *before = snapshot(f->dir);
    assert_int_equal(sav_restore_copy(fo, "progress-2024-03-01.sav", &fresh, D_2024_06_10,
                                      &back, &why),
                     SAV_SAVED);
    /* The restored progress, with the current settings, as the next generation. */
    assert_int_equal(back.xp, second.xp);
    assert_int_equal(back.skill_count, second.skill_count);
    assert_int_equal(back.skills[0].box, second.skills[0].box);
    assert_int_equal(back.settings.text_size, SAV_TEXT_SMALL);
    assert_int_equal(back.settings.music_volume, 11);
    assert_int_equal(back.generation, 5);
    sav_progress q;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_OK);
    assert_same_progress(&back, &q);
    assert_int_equal(r.copies, 2);
    /* What it replaced is a copy of today, listed first; the restored copy stays. */
    sav_copy list[4];
    assert_int_equal(sav_list_copies(f->dir, list, 4), 2);
    assert_string_equal(list[0].name, "progress-2024-06-10.sav");
    assert_int_equal(list[0].xp, 10);
    assert_string_equal(list[1].name, "progress-2024-03-01.sav");
    /* The backup is the progress before the restore. */
    sav_progress *bak = progress_of(f->dir, "progress.sav.bak");
    assert_int_equal(bak->xp, 10);
    assert_int_equal(bak->generation, 4);
    free(bak);
    /* And it saves on from there. */
    assert_int_equal(sav_save(fo, &back, 0.0, &why), SAV_SAVED);
    assert_int_equal(xp_of_save(f->dir), second.xp);
    free(before);
    sav_close(fo);
}

/* Going back with no progress in play keeps no empty copy. */
static void restoring_over_nothing_keeps_no_empty_copy(void **state)
{
    fixture *f = *state;
    sav_progress p, empty, back;
    sample_progress(&p, 1);
    sav_report r;
    sav_folder *fo = open_ok(f->dir, &empty, &r);
    assert_int_equal(r.code, SAV_FRESH_START);
    keep(fo, &p, D_2024_02_29, "progress-2024-02-29.sav");
    sav_failure why;
    assert_int_equal(
        sav_restore_copy(fo, "progress-2024-02-29.sav", &empty, D_2024_06_10, &back, &why),
        SAV_SAVED);
    assert_int_equal(back.generation, 1);
    assert_int_equal(back.xp, p.xp);
    assert_int_equal(sav_list_copies(f->dir, NULL, 0), 1);
    sav_close(fo);
}

static void a_restore_that_cannot_be_done_changes_nothing(void **state)
{
    fixture *f = *state;
    sav_progress first, second, p, back;
    two_saves(f->dir, &first, &second);
    sav_report r;
    sav_folder *fo = open_ok(f->dir, &p, &r);
    keep(fo, &p, D_2024_02_29, "progress-2024-02-29.sav");
    size_t n;
    char *bytes = read_named(f->dir, "progress-2024-02-29.sav", &n);
    bytes[n / 2] ^= 0x20;
    write_named(f->dir, "progress-2024-03-01.sav", bytes, n);
    free(bytes);
    char *before = snapshot(f->dir);
    static const char *const bad[] = {"progress-2024-03-01.sav", /* damaged */
                                      "progress-2024-06-10.sav", /* gone */
                                      "../progress-2024-02-29.sav", "progress.sav",
                                      "progress.sav.bak", "progress-2024-02-29.sav/",
                                      ""};
    sav_failure why;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(sav_restore_copy(fo, bad[i], &p, D_2024_06_10, &back, &why), SAV_FAILED);
        assert_true(why.first);
        assert_int_equal(why.kind, SAV_FAIL_OTHER);
        print_message("    (expected) %s\n", why.detail);
    }
    assert_int_equal(sav_restore_copy(fo, NULL, &p, D_2024_06_10, &back, &why), SAV_FAILED);
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);
    free(after);
    /* A second holder of the folder may not restore either. */
    sav_progress q;
    sav_folder *second_copy = open_ok(f->dir, &q, &r);
    assert_true(r.read_only);
    assert_int_equal(
        sav_restore_copy(second_copy, "progress-2024-02-29.sav", &q, D_2024_06_10, &back, &why),
        SAV_READ_ONLY);
    after = snapshot(f->dir);
    assert_string_equal(before, after);
    sav_close(second_copy);
    sav_close(fo);
    free(before);
    free(after);
}

/* ---- what a load tells the player ---- */

typedef enum { F_MISSING, F_GOOD, F_DAMAGED, F_UNREADABLE, F_FUTURE } file_kind;

static void put_file(const char *dir, const char *name, file_kind kind, const char *good,
                     size_t good_len)
{
    char path[512];
    path_in(path, sizeof path, dir, name);
    switch (kind) {
    case F_MISSING: break;
    case F_GOOD: write_bytes(path, good, good_len); break;
    case F_DAMAGED: write_bytes(path, good, good_len / 2); break;
    case F_UNREADABLE: assert_int_equal(mkdir(path, 0700), 0); break; /* a folder in the way */
    case F_FUTURE: {
        char body[256], file[512];
        snprintf(body, sizeof body, "skillquest-save 7\ngeneration 9\nthing 1\n");
        size_t n = with_end_line(body, file, sizeof file);
        write_bytes(path, file, n);
        break;
    }
    }
}

static void clear_dir(const char *dir)
{
    static const char *const names[] = {"progress.sav", "progress.sav.bak"};
    for (int i = 0; i < 2; i++) {
        char path[512];
        path_in(path, sizeof path, dir, names[i]);
        if (unlink(path) != 0) rmdir(path);
    }
}

/* Every combination of what progress.sav and its backup can be: the code,
 * and a message in the player's words that says what happened, what was lost
 * and where the files are, with no placeholder or code in it. */
static void every_load_outcome_is_told_in_words(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    size_t good_len;
    char *good = read_named(f->dir, "progress.sav", &good_len);
    static const char *const kinds[] = {"missing", "good", "damaged", "unreadable", "future"};
    for (int with_copy = 0; with_copy < 2; with_copy++) {
        if (with_copy) write_bytes_named_copy(f->dir, good, good_len);
        for (int m = F_MISSING; m <= F_FUTURE; m++)
            for (int b = F_MISSING; b <= F_FUTURE; b++) {
                clear_dir(f->dir);
                put_file(f->dir, "progress.sav", (file_kind)m, good, good_len);
                put_file(f->dir, "progress.sav.bak", (file_kind)b, good, good_len);
                sav_report r;
                sav_load(f->dir, &q, &r);
                const char *msg = r.message;
                print_message("    save %s, backup %s:\n      %s\n", kinds[m], kinds[b],
                              msg[0] ? msg : "(nothing to say)");
                assert_int_equal(r.copies, with_copy);
                if (m == F_GOOD || (m == F_MISSING && b == F_MISSING)) {
                    assert_int_equal(r.code, m == F_GOOD ? SAV_OK : SAV_FRESH_START);
                    assert_string_equal(msg, "");
                    continue;
                }
                assert_null(strchr(msg, '<'));
                assert_null(strchr(msg, '%'));
                assert_true(strlen(msg) < sizeof r.message - 1); /* nothing cut off */
                if (b == F_GOOD) {
                    assert_int_equal(r.code, SAV_RESTORED_BACKUP);
                    assert_non_null(strstr(msg, "restored its backup from"));
                    assert_non_null(strstr(msg, "after that is lost"));
                } else {
                    assert_int_equal(r.code, SAV_UNREADABLE);
                    assert_non_null(strstr(msg, "could not be recovered"));
                    assert_non_null(strstr(msg, "starting from the beginning"));
                    assert_non_null(strstr(msg, f->dir)); /* where to look */
                }
                static const char *const said[] = {"missing", "", "damaged", "could not be opened",
                                                   "newer version"};
                assert_non_null(strstr(msg, said[m]));
                if (m == F_FUTURE) assert_non_null(strstr(msg, "play the newer version"));
                if (m != F_MISSING && b == F_GOOD) assert_non_null(strstr(msg, "never overwritten"));
                assert_true((strstr(msg, "title screen") != NULL) == (with_copy == 1));
            }
    }
    free(good);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(copies_are_named_by_the_callers_day_and_listed_newest_first),
        T(a_copy_never_replaces_a_file),
        T(only_copy_names_are_listed),
        T(new_game_keeps_the_old_progress_and_continue_goes_back),
        T(restoring_over_nothing_keeps_no_empty_copy),
        T(a_restore_that_cannot_be_done_changes_nothing),
        T(every_load_outcome_is_told_in_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
