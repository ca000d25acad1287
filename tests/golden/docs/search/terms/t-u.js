sitrepSearchData("terms/t-u",{"u":"z-zg2xXF22HXUmgyYS58xxE5xgywZ02xGL32yyZ32"});
