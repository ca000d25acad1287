sitrepSearchData("terms/t-j",{"j":"AA92yWPf2MZMe8AZM12"});
