sitrepSearchData("terms/t-neg",{"negotiated":"y-To8CG-tg","negotiating":"FFSl8"});
