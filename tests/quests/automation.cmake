# The Automation and Scripting quest's own tests (levels/automation/): its
# golden image, TIDY's program rack in the Tidy Room mid-run, three cards on
# the rack and the panel counting the two runs
# (tests/quests/screens/automation_rack.replay).
add_test(NAME screen_quest_automation_rack
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden automation_rack --level ${PROJECT_SOURCE_DIR}/levels/automation/01_tidy_room.lua)
