sitrepSearchData("terms/t-des",{"describes":"HPMi8","desertion":"HPMi8","designs":"PYE68","desperate":"PYE68","despite":"PYE6o","destroyed":"_XNm8"});
