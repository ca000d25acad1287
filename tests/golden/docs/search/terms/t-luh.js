sitrepSearchData("terms/t-luh",{"luhansk":"SF-g8"});
