sitrepSearchData("terms/t-web",{"website":"GCQk8"});
