sitrepSearchData("terms/t-hud",{"hudson":"BWKh2yRBr8JzL68"});
