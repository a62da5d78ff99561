# The Data Science quest's golden image: the Pipeline Hall, its belt and readout.
add_test(NAME screen_quest_data_science
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden data_science_pipeline_hall --level ${PROJECT_SOURCE_DIR}/levels/data_science/02_pipeline_hall.lua)
