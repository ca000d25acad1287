sitrepSearchData("terms/t-spe",{"special":"EKF1azBDh8","speed":"FFSl8"});
