sitrepSearchData("terms/t-hud",{"hudson":"BWKh2yRBr8Wy98"});
