<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by tools/spritegen.c from assets/art/ with the atlas (the build's assets target): do not edit. -->
<tileset version="1.8" tiledversion="1.8.2" name="skillquest_place_automation" tilewidth="16" tileheight="16" tilecount="8" columns="8">
 <image source="skillquest_place_automation.png" width="128" height="16"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_automation"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="wall_top_automation"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="wall_face_automation"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="automation_pipes"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="automation_file_crate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="automation_shredder"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="automation_gauge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="automation_clock"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
