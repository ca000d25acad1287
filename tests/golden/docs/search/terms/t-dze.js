sitrepSearchData("terms/t-dze",{"dzerzhinsk":"ByFq6IOXe8","dzerzhynsk":"ByFq6"});
