sitrepSearchData("terms/t-s",{"s":"z-zg2xXF22HXUmgyYS58xxE5xgywZ02zJI62"});
