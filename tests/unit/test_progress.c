/* --progress: a save on disk printed as text, CSV and JSON, exactly; a
 * missing save prints empty progress; a damaged one is an error. Nothing on
 * disk changes. */
#define _GNU_SOURCE /* open_memstream, mkdtemp */
#include "test_common.h"
#include "progress_report.h"
#include "save.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DAY 20429 /* 2025-12-07 */

static char dir[64];

static void add_skill(sav_progress *p, const char *id, bool taught, bool held, bool mastered,
                      uint32_t right, uint32_t wrong, int32_t last, int32_t due)
{
    sav_skill *s = &p->skills[p->skill_count++];
    memset(s, 0, sizeof *s);
    snprintf(s->id, sizeof s->id, "%s", id);
    s->taught = taught, s->held = held, s->mastered = mastered;
    s->right = right, s->wrong = wrong, s->last_day = last, s->due_day = due;
    s->box = held ? 2 : 0;
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/sq-progress-XXXXXX");
    assert_non_null(mkdtemp(dir));
    static sav_progress p;
    sav_defaults(&p);
    p.xp = 120;
    add_skill(&p, "http", true, true, true, 5, 1, DAY, DAY + 7);
    add_skill(&p, "json", true, true, false, 2, 0, DAY, DAY + 1);
    add_skill(&p, "css", true, false, false, 0, 2, DAY - 1, DAY);
    add_skill(&p, "sql", false, false, false, 1, 0, DAY, 0); /* answered, never taught: left out */
    sav_level *l = &p.levels[p.level_count++];
    snprintf(l->id, sizeof l->id, "%s", "web.requests");
    l->state = SAV_LEVEL_COMPLETED, l->won_day = DAY - 2;
    l = &p.levels[p.level_count++];
    snprintf(l->id, sizeof l->id, "%s", "office.first_day");
    l->state = SAV_LEVEL_COMPLETED, l->won_day = -1;
    char err[256];
    assert_true(sav_store(dir, &p, err, sizeof err));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* The report, with the "saved" date (the clock's) cut from the text. */
static char *report(const char *save_dir, cli_format format, int *status, char **errors)
{
    char *out = NULL, *err = NULL;
    size_t out_len = 0, err_len = 0;
    FILE *o = open_memstream(&out, &out_len), *e = open_memstream(&err, &err_len);
    *status = progress_report(o, e, SQ_SOURCE_DIR, save_dir, format);
    fclose(o);
    fclose(e);
    *errors = err;
    if (format == CLI_FORMAT_TEXT) {
        char *nl = strchr(out, '\n');
        if (nl) memmove(out, nl + 1, strlen(nl + 1) + 1);
    }
    return out;
}

static void text_names_skills_by_their_cards(void **state)
{
    (void)state;
    int status;
    char *err, *out = report(dir, CLI_FORMAT_TEXT, &status, &err);
    assert_int_equal(status, 0);
    assert_string_equal(err, "");
    assert_string_equal(
        out,
        "Rank: Junior Backend Developer; 120 XP; 1 skill mastered\n"
        "\n"
        "Skills (3):\n"
        "  skill                    field          side      state     right wrong  last        next\n"
        "  HTTP                     web            developer mastered      5     1  2025-12-07  2025-12-14\n"
        "  JSON                     web            developer held          2     0  2025-12-07  2025-12-08\n"
        "  CSS                      web            developer learning      0     2  2025-12-06  2025-12-07\n"
        "\n"
        "Levels won (2):\n"
        "  web.requests                     2025-12-05\n"
        "  office.first_day                 (day not recorded)\n");
    free(out);
    free(err);
}

static void csv_is_one_table(void **state)
{
    (void)state;
    int status;
    char *err, *out = report(dir, CLI_FORMAT_CSV, &status, &err);
    assert_int_equal(status, 0);
    assert_string_equal(
        out,
        "record,id,name,field,side,state,right,wrong,last_review,next_review,day\n"
        "rank,,Junior Backend Developer,,,,120,1,,,\n"
        "skill,http,HTTP,web,developer,mastered,5,1,2025-12-07,2025-12-14,\n"
        "skill,json,JSON,web,developer,held,2,0,2025-12-07,2025-12-08,\n"
        "skill,css,CSS,web,developer,learning,0,2,2025-12-06,2025-12-07,\n"
        "level,web.requests,,,,won,,,,,2025-12-05\n"
        "level,office.first_day,,,,won,,,,,\n");
    free(out);
    free(err);
}

static void json_is_valid_and_complete(void **state)
{
    (void)state;
    int status;
    char *err, *out = report(dir, CLI_FORMAT_JSON, &status, &err);
    assert_int_equal(status, 0);
    assert_string_equal(
        out,
        "{\n"
        "  \"format\": 1,\n"
        "  \"rank\": {\"index\": 0, \"title\": \"Junior Backend Developer\"},\n"
        "  \"xp\": 120,\n"
        "  \"mastered\": 1,\n"
        "  \"skills\": [\n"
        "    {\"id\": \"http\", \"name\": \"HTTP\", \"field\": \"web\", \"side\": \"developer\", "
        "\"state\": \"mastered\", \"right\": 5, \"wrong\": 1, \"last_review\": \"2025-12-07\", "
        "\"next_review\": \"2025-12-14\"},\n"
        "    {\"id\": \"json\", \"name\": \"JSON\", \"field\": \"web\", \"side\": \"developer\", "
        "\"state\": \"held\", \"right\": 2, \"wrong\": 0, \"last_review\": \"2025-12-07\", "
        "\"next_review\": \"2025-12-08\"},\n"
        "    {\"id\": \"css\", \"name\": \"CSS\", \"field\": \"web\", \"side\": \"developer\", "
        "\"state\": \"learning\", \"right\": 0, \"wrong\": 2, \"last_review\": \"2025-12-06\", "
        "\"next_review\": \"2025-12-07\"}\n"
        "  ],\n"
        "  \"levels\": [\n"
        "    {\"id\": \"web.requests\", \"won\": \"2025-12-05\"},\n"
        "    {\"id\": \"office.first_day\", \"won\": null}\n"
        "  ]\n"
        "}\n");
    free(out);
    free(err);
}

static void no_save_is_empty_progress_and_a_damaged_one_an_error(void **state)
{
    (void)state;
    int status;
    char *err, *out = report("/nonexistent-sq-dir", CLI_FORMAT_JSON, &status, &err);
    assert_int_equal(status, 0);
    assert_non_null(strstr(err, "no progress saved"));
    assert_non_null(strstr(out, "\"skills\": [],"));
    free(out);
    free(err);

    char bad[128], path[160];
    snprintf(bad, sizeof bad, "%s/broken", dir);
    assert_int_equal(mkdir(bad, 0700), 0);
    snprintf(path, sizeof path, "%s/progress.sav", bad);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("skillquest-save 3\nnot a save\n", f);
    fclose(f);
    out = report(bad, CLI_FORMAT_TEXT, &status, &err);
    assert_int_equal(status, 1);
    assert_true(strlen(err) > 0);
    /* Read, never moved aside or rewritten: --progress changes nothing. */
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_size, (off_t)strlen("skillquest-save 3\nnot a save\n"));
    free(out);
    free(err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_names_skills_by_their_cards),
        cmocka_unit_test(csv_is_one_table),
        cmocka_unit_test(json_is_valid_and_complete),
        cmocka_unit_test(no_save_is_empty_progress_and_a_damaged_one_an_error),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
