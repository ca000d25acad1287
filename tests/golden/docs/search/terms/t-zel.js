sitrepSearchData("terms/t-zel",{"zelenskij":"-R-v6","zelenskiy":"-R-v6","zelensky":"PYE6x0GVSp6","zelenskyi":"-R-v6","zelenskyy":"FFSlgyFVtoPyKd6"});
