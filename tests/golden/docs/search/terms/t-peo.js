sitrepSearchData("terms/t-peo",{"people":"IS-22A-D6gyYS58xxE58"});
