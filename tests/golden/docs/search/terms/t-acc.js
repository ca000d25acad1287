sitrepSearchData("terms/t-acc",{"accidental":"PYE68","according":"FFSloyFVt8EETk8","account":"_XNm8","accounts":"HPMi8","accused":"PYE68"});
