sitrepSearchData("terms/t-cit",{"citing":"FFSl8","city":"FFSl8yFVtoEETkyg"});
