sitrepSearchData("terms/t-rel",{"released":"HPMi8","reluctant":"FFSl8"});
