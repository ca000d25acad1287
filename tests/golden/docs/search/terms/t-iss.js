sitrepSearchData("terms/t-iss",{"issues":"DAP18"});
