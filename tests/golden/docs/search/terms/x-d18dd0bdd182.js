sitrepSearchData("terms/x-d18dd0bdd182",{"энтони":"UVU72"});
