sitrepSearchData("terms/t-rei",{"rein":"NRB88","reinforcements":"NRB88"});
