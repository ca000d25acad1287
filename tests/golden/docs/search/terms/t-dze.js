sitrepSearchData("terms/t-dze",{"dzerzhinsk":"ByFq6KV-c8","dzerzhynsk":"ByFq6"});
