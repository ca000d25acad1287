sitrepSearchData("terms/t-aga",{"again":"y-To8MZMe8","against":"FFSl8yFVt8"});
