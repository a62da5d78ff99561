<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="features" tilewidth="32" tileheight="32" tilecount="16" columns="8">
 <image source="office_tiles_32.png" width="256" height="64"/>
 <tile id="5">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <animation>
   <frame tileid="11" duration="250"/>
   <frame tileid="12" duration="500"/>
  </animation>
 </tile>
 <tile id="15" type="mentor">
  <properties>
   <property name="dialogue" value="intro"/>
  </properties>
 </tile>
</tileset>
