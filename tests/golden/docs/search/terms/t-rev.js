sitrepSearchData("terms/t-rev",{"reveal":"HPMi8EETk8","revealed":"PYE6g"});
